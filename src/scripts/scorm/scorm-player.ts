/**
 * The script of a SCORM lesson page, bundled as one classic script so that it also runs from
 * unzipped files opened straight from disk. The order of the imports matters: the SCORM session
 * puts the page's storage on the LMS before the quiz element connects and reads it.
 */
import './scorm-session';
import '../quiz/quiz-element';
