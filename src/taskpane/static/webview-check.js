// Plain ES3 on purpose: it must run in the oldest webview to say why nothing else will.
if (!window.__cchcModernWebview) {
  var notice = document.getElementById('old-office');
  notice.hidden = false;
  notice.style.display = 'block';
  window.__cchcUnsupported = true;
}
