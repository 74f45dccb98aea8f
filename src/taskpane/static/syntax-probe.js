// The newest syntax the bundle ships (optional chaining, nullish coalescing, class static
// blocks). An engine that cannot parse this file never sets the flag: Internet Explorer 11,
// the old EdgeHTML webview, Safari before 16.4.
class SyntaxProbe {
  static {
    SyntaxProbe.ready = true;
  }
}
window.__cchcModernWebview = SyntaxProbe.ready ?? window.__cchcModernWebview?.x ?? true;
