/*! Tariff Pressure Tracker embeds: fits each of our chart frames on this page to its content. */
(function () {
  var me = document.currentScript || document.querySelector('script[src*="/embed.js"]');
  if (!me || window.tariffTrackerEmbeds) return;
  window.tariffTrackerEmbeds = true;
  var site = new URL(me.src, location.href);
  var prefix = new URL('embed/', site).pathname;

  function ours() {
    return [].filter.call(document.getElementsByTagName('iframe'), function (frame) {
      try {
        var url = new URL(frame.src, location.href);
        return url.origin === site.origin && url.pathname.indexOf(prefix) === 0;
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
