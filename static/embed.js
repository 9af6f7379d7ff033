/*! Tariff Pressure Tracker embeds: fits each of our chart frames on this page to its content. */
(function () {
  // This script, or where a loader runs it without document.currentScript, the one our snippet
  // marks: never the first of any embed.js on the page, which can be another site's.
  var current = document.currentScript;
  var me =
    current && current.src ? current : document.querySelector('script[data-tariff-tracker][src]');
  if (!me || window.tariffTrackerEmbeds) return;
  window.tariffTrackerEmbeds = true;
  var site = new URL(me.src, location.href);
  var root = new URL('./', site).pathname;
  // Our embeds: <root>embed/<chart>, and the translated ones at <root><lang>/embed/<chart>.
  var embedPath = /^([a-z]{2}\/)?embed\//;

  function ours() {
    return [].filter.call(document.getElementsByTagName('iframe'), function (frame) {
      try {
        var url = new URL(frame.src, location.href);
        var path = url.pathname;
        return (
          url.origin === site.origin &&
          path.indexOf(root) === 0 &&
          embedPath.test(path.slice(root.length))
        );
      } catch {
        return false;
      }
    });
  }

  window.addEventListener('message', function (event) {
    var data = event.data;
    if (event.origin !== site.origin || !data || data.type !== 'tariff-tracker:embed-height')
      return;
    var height = Math.ceil(Number(data.height));
    if (!(height > 0 && height < 100000)) return;
    ours().forEach(function (frame) {
      if (frame.contentWindow === event.source) frame.style.height = height + 'px';
    });
  });

  // Frames that loaded before this script spoke before anyone listened: ask them again.
  ours().forEach(function (frame) {
    if (frame.contentWindow)
      frame.contentWindow.postMessage({ type: 'tariff-tracker:embed-ask' }, '*');
  });
})();
