// Classic-script loader for pages that cannot use <script type="module">: it imports the ESM
// CDN entry that sits beside it, so the lazy chunks keep working.
(function () {
  var script = document.currentScript;
  var base = script && script.src ? script.src : location.href;
  import(new URL('./ssp-widgets.js', base).href).catch(function (error) {
    console.error('[ssp-widgets] could not load the SDK:', error);
  });
})();
