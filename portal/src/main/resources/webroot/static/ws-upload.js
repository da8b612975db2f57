// Upload with progress: the form works without this script (a plain multipart POST); with it, the file is sent by
// XMLHttpRequest so that the officer sees how much was sent, then the page the server answered (the reading progress,
// or the reasons the file was refused) is shown as if the form had been posted.
const form = document.getElementById('upload-form');
const status = document.getElementById('upload-progress');

if (form && status && window.XMLHttpRequest && window.FormData) {
  const bar = status.querySelector('progress');
  const text = status.querySelector('span');
  const say = (template, n) => { text.textContent = template.replace('{0}', n); };

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const button = form.querySelector('button[type=submit]');
    button.disabled = true;
    status.hidden = false;
    const xhr = new XMLHttpRequest();
    xhr.open('POST', form.action);
    xhr.upload.addEventListener('progress', (e) => {
      if (e.lengthComputable) {
        const pct = Math.floor((e.loaded / e.total) * 100);
        bar.value = pct;
        say(status.dataset.sending, pct);
      }
    });
    xhr.upload.addEventListener('load', () => {
      bar.removeAttribute('value');
      say(status.dataset.reading, '');
    });
    xhr.addEventListener('load', () => {
      if (xhr.status < 400 && xhr.responseURL) {
        window.location.assign(xhr.responseURL);
        return;
      }
      const doc = new DOMParser().parseFromString(xhr.responseText, 'text/html');
      const main = doc.querySelector('main');
      const here = document.querySelector('main');
      if (main && here) {
        here.replaceWith(main);
        main.querySelector('h1')?.setAttribute('tabindex', '-1');
        main.querySelector('h1')?.focus();
      } else {
        button.disabled = false;
        say(status.dataset.failed, '');
      }
    });
    xhr.addEventListener('error', () => {
      button.disabled = false;
      say(status.dataset.failed, '');
    });
    xhr.send(new FormData(form));
  });
}
