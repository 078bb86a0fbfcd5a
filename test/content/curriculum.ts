/**
 * What CURRICULUM.md requires the course to teach, per fact group and locale: every pattern must
 * match the text of the named lesson. Patterns are case-insensitive; Bulgarian ones use stems so
 * that any inflection counts.
 */
export const CURRICULUM: Record<string, { lesson: string; en: string[]; bg: string[] }> = {
  '1. The role': {
    lesson: 'role',
    en: ['social media manager', 'campaign', 'freelancer', 'architect', 'target audience', 'conversion', 'long-term', 'copywriter', 'graphic designer', 'advertising', 'marketing strategy', 'guardian', 'trend'],
    bg: ['мениджър на социални медии', 'социален мениджър', 'кампани', 'свободна практика', 'архитект', 'целева аудитория', 'конверси', 'дългосрочн', 'копирайт', 'графичн', 'реклам', 'маркетингов', 'пазител', 'тенденци'],
  },
  '2. Six responsibilities': {
    lesson: 'responsibilities',
    en: ['strategy development', 'content creation', 'community engagement', 'analytics and insights', 'campaign management', 'crisis management', 'competitor', 'storytelling', 'loyalty', 'KPI', 'brand awareness', 'trust'],
    bg: ['развитие на стратегия', 'създаване на съдържание', 'ангажираност с общността', 'аналитични данни', 'управление на кампани', 'управление на кризи', 'конкурент', 'разказ', 'лоялност', 'KPI', 'разпознаваемост|осведоменост', 'доверие'],
  },
  '3. Neighbouring roles': {
    lesson: 'neighbouring-roles',
    en: ['digital marketing specialist', 'community manager', 'content creator', 'SEO', 'SEM', 'email marketing', 'content marketing', 'moderat', 'belonging', 'brand identity', 'touchpoint', '\\|'],
    bg: ['специалист по дигитален маркетинг', 'мениджър на общността', 'създател на съдържание', 'SEO', 'SEM', 'имейл маркетинг', 'маркетинг на съдържание|контент маркетинг', 'модерир', 'принадлежност', 'идентичност', 'точки на контакт|допирн', '\\|'],
  },
  '4. The work itself': {
    lesson: 'the-work',
    en: ['editorial calendar', 'KPI', 'SWOT', 'strengths', 'weaknesses', 'opportunities', 'threats', 'action plan', 'operational plan', 'budget', 'report', 'target audience', 'research', 'holistic', 'advertising'],
    bg: ['редакционен календар', 'ключов[иі]? показател', 'SWOT', 'силни страни', 'слаби страни', 'възможности', 'заплахи', 'план за действие', 'оперативен план', 'бюджет', 'отчет', 'целева аудитория', 'проучва', 'цялост', 'реклам'],
  },
  '5. Five core skills': {
    lesson: 'core-skills',
    en: ['creativity', 'analytical', 'communication', 'adaptability', 'collaboration', 'cross-functional', 'PR', 'design', 'project management'],
    bg: ['креативност', 'аналитични умения', 'комуникаци', 'адаптивност', 'сътрудничество', 'междуфункционал|различни отдели', 'PR|връзки с обществеността', 'дизайн', 'управление на проекти'],
  },
  '6. What the best share': {
    lesson: 'what-the-best-share',
    en: ['Matt Navarra', '10%', 'multitask', 'internet culture', 'meme', 'TikTok', 'storytell', 'humour', 'risk', 'creative freedom', 'psycholog', 'manipulat', 'ethical', 'persuasion'],
    bg: ['Мат Навара', '10 ?%', 'многозадачн', 'интернет култура', 'мем', 'TikTok', 'разказвач', 'хумор', 'риск', 'творческа свобода', 'психолог', 'манипулаци', 'етич', 'убеждаване'],
  },
  '7. Relevance + Resonance = Significance': {
    lesson: 'relevance-resonance-significance',
    en: ['Brian Solis', 'anthropologist', 'futurist', 'relevance', 'resonance', 'significance', 'R \\+ R = S', 'social object', 'shar'],
    bg: ['Брайън Солис', 'антрополог', 'футурист', 'уместност', 'резонанс', 'значение', 'У \\+ Р = З', 'социални? обект', 'споделя'],
  },
  '8. How to become one': {
    lesson: 'how-to-become-one',
    en: ['training', 'personal project', 'intern', 'books', 'blog', 'Facebook group', 'universit', 'web agency', 'community', 'LinkedIn', 'analytics', 'Instagram algorithm', 'SEO specialist', 'copywriter'],
    bg: ['обучение', 'личен проект', 'стаж', 'книги', 'блог', 'групи във Facebook|Facebook групи', 'университет', 'уеб агенци', 'общност', 'LinkedIn', 'анализ|аналитик', 'алгоритъм', 'SEO', 'копирайтър'],
  },
  '9. Tools': {
    lesson: 'tools-of-the-trade',
    en: ['Hootsuite', 'ChatGPT', 'Canva', 'Loom', 'ShareX', 'Feedly', 'RSS', 'screen recording', 'multi-purpose', 'expert'],
    bg: ['Hootsuite', 'ChatGPT', 'Canva', 'Loom', 'ShareX', 'Feedly', 'RSS', 'запис на екрана', 'многофункционал', 'експерт'],
  },
  '10. Analytics and reporting': {
    lesson: 'analytics-and-reporting',
    en: ['reach', 'impressions', 'engagement rate', 'by reach', 'by followers', 'by impressions', 'click-through rate', 'conversion rate', 'follower growth', 'month-on-month', 'vanity metric', 'utm_source', 'utm_medium', 'utm_campaign', 'traffic acquisition', 'Meta Business Suite', 'TikTok analytics', 'LinkedIn Page analytics', 'YouTube Studio', 'what worked', 'what did not', "next month's actions"],
    bg: ['обхват', 'показвания', 'процент на ангажираност', 'по обхват', 'по последователи', 'по показвания', 'процент на кликване', 'процент на конверсия', 'ръст на последователите', 'предходния месец', 'суетн', 'utm_source', 'utm_medium', 'utm_campaign', 'придобиване на трафик', 'Meta Business Suite', 'TikTok', 'LinkedIn', 'YouTube Studio', 'какво проработи', 'какво не проработи', 'следващия месец'],
  },
  '11. Community management and moderation': {
    lesson: 'community-management',
    en: ['house rules', 'response time', 'tone', 'saved repl', 'reply', 'hide', 'delete', 'block', 'report', 'escalat', 'critic', 'troll', 'private message', 'Ilian', 'Stoyan', 'Vesela', 'community manager', 'boundar', 'rota', 'mute', 'hand over'],
    bg: ['правила на общността', 'време за отговор', 'тон', 'запазен', 'отговор', 'скри', 'изтри', 'блокира', 'доклад', 'ескалаци', 'критик', 'трол', 'лично съобщение', 'Илиян', 'Стоян', 'Весела', 'мениджър на общността', 'граници', 'дежурств', 'заглуш', 'предадете работата'],
  },
  '12. Crisis communication': {
    lesson: 'crisis-communication',
    en: ['crisis', 'issue', 'severity', 'holding statement', 'apolog', 'one voice', 'signs? off', 'scheduled', 'ads', 'facts', 'monitor', 'post-mortem', 'blameless', 'fictional', 'trust'],
    bg: ['криз', 'проблем', 'сериозност', 'първоначално изявление', 'извин', 'един глас', 'одобр', 'насрочен', 'реклам', 'факт', 'наблюд', 'разбор', 'виновни', 'измислен', 'доверие'],
  },
  '13. Paid social basics': {
    lesson: 'paid-social',
    en: ['objective', 'awareness', 'traffic', 'engagement', 'leads', 'sales', 'custom audience', 'lookalike', 'interest', 'boost', 'Ads Manager', 'daily budget', 'lifetime budget', 'learning phase', 'creative', 'A/B test', 'variable', 'pixel', 'Conversions API', 'UTM', 'CPM', 'CPC', 'CPA', 'ROAS', 'politics', 'fictional'],
    bg: ['цел', 'разпознаваемост', 'трафик', 'ангажираност', 'потенциални клиенти', 'продажби', 'персонализиран', 'сходн', 'интерес', 'популяриз', 'Ads Manager', 'дневн', 'целия период', 'фаза на обучение', 'материал', 'A/B тест', 'променлива', 'пиксел', 'API за конверсии', 'UTM', 'CPM', 'CPC', 'CPA', 'ROAS', 'политика', 'измислен'],
  },
  '14. Law and safety': {
    lesson: 'law-and-safety',
    en: ['not legal advice', 'GDPR', '2016/679', 'personal data', 'consent', 'lawful basis', 'data minimisation', 'child', 'КЗЛД', 'giveaway', 'promotion', 'copyright', 'Закон за авторското право', 'music', 'font', 'user-generated content', '2005/29/EC', 'paid partnership', 'КЗП', 'Meta Business Suite', 'two-factor authentication', 'phishing'],
    bg: ['не е правен съвет', 'GDPR', '2016/679', 'лични данни', 'съглас', 'правно основание', 'свеждане на данните до минимум', 'дет[еи]', 'КЗЛД', 'игр[аи] с награди', 'промоци', 'авторско', 'Закона? за авторското право', 'музика', 'шрифт', 'създадено от потребители', '2005/29/ЕО', 'платено партньорство', 'КЗП', 'Meta Business Suite', 'двуфакторно удостоверяване', 'фишинг'],
  },
  '15. Accessible posts and AI': {
    lesson: 'accessible-posts-and-ai',
    en: ['alt text', 'subtitles', 'captions', 'screen reader', 'CamelCase', 'emoji', 'contrast ratio', '4\\.5:1', 'WCAG 2\\.2', 'plain language', 'AI', 'check every fact', 'personal data', 'likeness', 'AI info', 'AI Act', '2024/1689', 'Article 50', 'deep fake', 'EUR-Lex'],
    bg: ['алтернативен текст', 'субтитри', 'екранн', 'CamelCase', 'емоджи', 'съотношение на контраста', '4,5:1', 'WCAG 2\\.2', 'ясен език|ясния език', 'ИИ', 'проверявайте всеки факт', 'лични данни', 'образа', 'AI info', 'Акт(ът|а)? за изкуствения интелект', '2024/1689', 'чл\\. 50|член 50', 'дийпфейк', 'EUR-Lex'],
  },
};
