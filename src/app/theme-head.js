// Applies the theme and the reading settings before first paint, so a reload never flashes
// a white page or the wrong text size. Classic (non-module) script: it must run synchronously
// in <head>. The allowed values mirror src/app/stores/settings.ts.
(function () {
  var root = document.documentElement;
  var dark = null;
  try {
    var stored = window.localStorage.getItem('broadsheet-theme');
    if (stored === 'dark' || stored === 'light') dark = stored === 'dark';
  } catch {
    // Storage may be disabled or throw; fall back to the system preference.
  }
  if (dark === null) {
    try {
      dark = window.matchMedia('(prefers-color-scheme: dark)').matches;
    } catch {
      dark = false;
    }
  }
  if (dark) root.classList.add('dark');
  else root.classList.remove('dark');

  var settings = null;
  try {
    settings = JSON.parse(window.localStorage.getItem('broadsheet-settings') || 'null');
  } catch {
    // Missing, blocked or damaged: the defaults apply.
  }
  if (typeof settings !== 'object' || settings === null) settings = {};
  var attributes = [
    ['data-text-size', settings.textSize, ['small', 'medium', 'large', 'larger', 'largest'], 'medium'],
    ['data-font', settings.font, ['serif', 'sans'], 'serif'],
    ['data-width', settings.width, ['narrow', 'medium', 'wide'], 'medium'],
  ];
  for (var i = 0; i < attributes.length; i++) {
    var a = attributes[i];
    root.setAttribute(a[0], a[2].indexOf(a[1]) >= 0 ? a[1] : a[3]);
  }
})();
