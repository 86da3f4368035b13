// The request form's script (its own bundle, served by SigningScriptController): when the form is sent it
// builds the request's canonical bytes, has the signer sign them, puts the detached CMS in the hidden
// `signature` field and sends the form. The key file itself is never sent: its input has no name.
import { canonicalSignedBytes, signedRequestFields } from '../signed-request';
import { pageDocument as document, type FieldElement, type FileInputElement, type FormElement } from './dom';
import { KeyFileError, KeyFileSigner, NcaLayerSigner, type RequestSigner } from './request-signer';

/** The signers a page may name in `data-signer`: the development key file, or NCALayer in production. */
const SIGNERS: Readonly<Record<string, (keyFiles: readonly string[]) => RequestSigner>> = {
  'key-file': (keyFiles) => new KeyFileSigner(keyFiles),
  ncalayer: () => new NcaLayerSigner(),
};

const form = document.querySelector<FormElement>('form[data-signer]');
if (form) enhance(form);

function enhance(form: FormElement) {
  const keyFile = form.querySelector<FileInputElement>('#keyFile');
  const signature = form.querySelector<FieldElement>('input[name="signature"]');
  const makeSigner = SIGNERS[form.dataset.signer ?? ''];
  if (!keyFile || !signature || !makeSigner) return;
  let signing = false;

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    if (signing) return;
    signing = true;
    signAndSend(form, keyFile, signature, makeSigner).finally(() => {
      signing = false;
    });
  });
}

/** What the form will send under a name: a field's value, or the checked radio's. */
function valueOf(form: FormElement, name: string): string {
  return (
    (form.querySelector<FieldElement>(`[name="${name}"]:checked`) ?? form.querySelector<FieldElement>(`[name="${name}"]:not([type="radio"])`))?.value ?? ''
  );
}

async function signAndSend(form: FormElement, keyFile: FileInputElement, signature: FieldElement, makeSigner: (keyFiles: readonly string[]) => RequestSigner) {
  try {
    const keyFiles = await Promise.all(Array.from(keyFile.files ?? [], (file) => file.text()));
    const fields = signedRequestFields(Object.fromEntries(['commandId', 'holderId', 'subject', 'text', 'language'].map((name) => [name, valueOf(form, name)])));
    signature.value = await makeSigner(keyFiles).sign(canonicalSignedBytes(fields));
  } catch (error) {
    showKeyFileProblem(keyFile, error instanceof KeyFileError ? error.problem : 'signing_failed');
    return;
  }
  form.submit();
}

/** The problem next to the key-file field, as the design system shows a field's error, in the page's language. */
function showKeyFileProblem(keyFile: FileInputElement, problem: string) {
  const texts = document.getElementById('keyFile-problems');
  const text = (texts?.querySelector(`[data-problem="${problem}"]`) ?? texts?.querySelector('[data-problem="signing_failed"]'))?.textContent ?? problem;
  let message = document.getElementById('keyFile-error');
  if (!message) {
    message = document.createElement('p');
    message.id = 'keyFile-error';
    message.className = 'govuk-error-message';
    keyFile.before(message);
  }
  const hidden = document.createElement('span');
  hidden.className = 'govuk-visually-hidden';
  hidden.textContent = `${texts?.dataset.prefix ?? ''} `;
  message.replaceChildren(hidden, text);
  keyFile.closest('.govuk-form-group')?.classList.add('govuk-form-group--error');
  keyFile.classList.add('govuk-file-upload--error');
  const describedBy = new Set((keyFile.getAttribute('aria-describedby') ?? '').split(' ').filter(Boolean));
  describedBy.add('keyFile-error');
  keyFile.setAttribute('aria-describedby', [...describedBy].join(' '));
  keyFile.focus();
}
