// "Cite this": copies the citation with the Clipboard API in one click. Without a script, or when the browser refuses,
// the text field beside the button holds the citation to select and copy by hand. The button shows only with this
// script (the class on <html>); clicks are handled for the whole page, so boxes swapped in later (the map) work too.
document.documentElement.classList.add('cite-js');
document.addEventListener('click', async (event) => {
  const button = event.target.closest && event.target.closest('button.cite-copy');
  if (!button) {
    return;
  }
  const field = document.getElementById(button.dataset.target);
  const status = button.parentElement.querySelector('.cite-status');
  if (!field) {
    return;
  }
  try {
    await navigator.clipboard.writeText(field.value);
    status.textContent = button.dataset.copied;
  } catch (e) {
    field.focus();
    field.select();
    status.textContent = button.dataset.failed;
  }
});
