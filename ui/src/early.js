// Runs before the app: on a first visit (no municipality chosen yet) it
// starts the request for the municipality chooser while the app itself
// loads; ui/src/views/region.js takes the answer over (same URL). A file of
// its own, not inline in index.html: the Content-Security-Policy allows no
// inline script.
try {
  if (!localStorage.getItem('mitwirken.region')) {
    window.mitwirkenRegions = fetch('/api/collections/regions/records?perPage=1000&sort=name&skipTotal=1&fields=id,name,kind,parent,ortsteile')
      .then((r) => (r.ok ? r.json() : null))
      .catch(() => null);
  }
} catch {
  // no storage (private mode): the chooser fetches the list itself
}
