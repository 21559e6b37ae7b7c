// Sets the theme class before first paint so a dark-theme reader never sees a white flash.
// Classic (non-module) script: it must run synchronously in <head>.
(function () {
  var dark = null;
  try {
    var stored = window.localStorage.getItem('broadsheet-theme');
    if (stored === 'dark' || stored === 'light') dark = stored === 'dark';
  } catch (e) {
    // Storage may be disabled or throw; fall back to the system preference.
  }
  if (dark === null) {
    try {
      dark = window.matchMedia('(prefers-color-scheme: dark)').matches;
    } catch (e) {
      dark = false;
    }
  }
  if (dark) document.documentElement.classList.add('dark');
  else document.documentElement.classList.remove('dark');
})();
