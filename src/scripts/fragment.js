// Inline in the quiz page's <head>, only when an analytics service is
// connected: takes a link's code out of the address before that service's
// script reports the page, so a code never reaches it. The island reads the
// code from window.dlkHash instead.
if (location.hash.length > 1) {
  window.dlkHash = location.hash;
  history.replaceState(history.state, '', location.pathname + location.search);
  // Start tapped before the island is ready sends the form natively (?role=…):
  // the code goes along in the fragment, where it stays out of every request.
  addEventListener('submit', (event) => {
    if (window.dlkHash) event.target.action = location.pathname + window.dlkHash;
  });
}
