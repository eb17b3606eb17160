// The request for the municipality chooser's list. One source for the three
// places that name it: index.html preloads it on a first visit (ui/build.mjs
// writes it in), ui/src/early.js asks for it before the app runs, and the
// chooser (views/region.js) takes that answer over, so all three must be the
// same URL for the browser to send it only once.
export const REGIONS_URL = '/api/collections/regions/records?perPage=1000&sort=name&skipTotal=1&fields=id,name,kind,parent,ags,ortsteile';
