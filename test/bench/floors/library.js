// The boot floor: the least any page can do to show the library. It opens the app's own IndexedDB
// (same origin), reads every summary row and lists the titles as plain <li>s, newest first.
const db = await new Promise((resolve, reject) => {
  const request = indexedDB.open('endfirst');
  request.onsuccess = () => resolve(request.result);
  request.onerror = () => reject(request.error);
});
const summaries = await new Promise((resolve, reject) => {
  const request = db.transaction('summaries').objectStore('summaries').getAll();
  request.onsuccess = () => resolve(request.result);
  request.onerror = () => reject(request.error);
});
summaries.sort((a, b) => (a.updatedAt < b.updatedAt ? 1 : -1));
const list = document.querySelector('ul');
const fragment = document.createDocumentFragment();
for (const summary of summaries) {
  if (summary.deletedAt !== null) continue;
  const item = document.createElement('li');
  item.textContent = summary.title;
  fragment.append(item);
}
list.append(fragment);
