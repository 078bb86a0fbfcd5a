// Inlined at the top of every page (see src/components/Head.astro), before Starlight's own scripts.
// Starlight reads and writes its theme and sidebar preferences without catching errors, so a
// browser that blocks storage (SecurityError) or has it full (QuotaExceededError) would break the
// page. This makes failures silent for those preferences while our own keys still throw, so our
// code (src/lib/storage.ts) notices and tells the learner.
(function guardStorage(win) {
  var PREFIX = 'smm-academy:';
  var ours = function (key) {
    return String(key).indexOf(PREFIX) === 0;
  };
  ['localStorage', 'sessionStorage'].forEach(function (name) {
    var storage = null;
    try {
      storage = win[name];
      storage.getItem(PREFIX + 'probe');
    } catch {
      storage = null;
    }
    if (storage) return;
    var data = new Map();
    var memory = {
      getItem: function (key) {
        return data.has(String(key)) ? data.get(String(key)) : null;
      },
      setItem: function (key, value) {
        if (ours(key)) throw new DOMException('Storage is unavailable', 'SecurityError');
        data.set(String(key), String(value));
      },
      removeItem: function (key) {
        data.delete(String(key));
      },
      clear: function () {
        data.clear();
      },
      key: function (index) {
        return Array.from(data.keys())[index] || null;
      },
      get length() {
        return data.size;
      },
    };
    try {
      Object.defineProperty(win, name, {
        configurable: true,
        get: function () {
          return memory;
        },
      });
    } catch {
      // Nothing more we can do; Starlight's preferences will simply not work.
    }
  });
  var proto = win.Storage && win.Storage.prototype;
  if (!proto || proto.setItem.guarded) return;
  var setItem = proto.setItem;
  proto.setItem = function (key, value) {
    try {
      setItem.call(this, key, value);
    } catch (error) {
      if (ours(key)) throw error;
    }
  };
  proto.setItem.guarded = true;
})(window);
