// The request form's script (its own bundle, served by SigningScriptController): when the form is sent it
// builds the request's canonical bytes, has the signer sign them, puts the detached CMS in the hidden
// `signature` field and sends the form. The key file and its password are never sent: their inputs have no name.
import { canonicalSignedBytes, signedRequestFields } from '../signed-request';
import { pageDocument as document, type FieldElement, type FileInputElement, type FormElement, type PageElement } from './dom';
import type { KeyFile } from './key-files';
import { NcaLayerSigner } from './nca-layer-signer';
import { KeyFileSigner, type RequestSigner } from './request-signer';
import { SigningError } from './signing-error';

/** What the user gave the page to sign with: the chosen files and the .p12 password (development). */
interface SignerChoice {
  readonly keyFiles: readonly KeyFile[];
  readonly password: string;
  readonly language: string;
}

/** The signers a page may name in `data-signer`: the development key file, or NCALayer in production. */
const SIGNERS: Readonly<Record<string, (choice: SignerChoice) => RequestSigner>> = {
  'key-file': ({ keyFiles, password }) => new KeyFileSigner(keyFiles, { password }),
  ncalayer: ({ language }) => new NcaLayerSigner({ locale: language === 'kk' || language === 'en' ? language : 'ru' }),
};

const form = document.querySelector<FormElement>('form[data-signer]');
if (form) enhance(form);

function enhance(form: FormElement) {
  // The key-file input (development), or where NCALayer's problems are shown (production).
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

async function signAndSend(form: FormElement, keyFile: FileInputElement, signature: FieldElement, makeSigner: (choice: SignerChoice) => RequestSigner) {
  try {
    // Bytes, not text: a .p12 file is binary (PEM files are told apart by their content).
    const keyFiles = await Promise.all(Array.from(keyFile.files ?? [], async (file) => new Uint8Array(await file.arrayBuffer())));
    const password = form.querySelector<FieldElement>('#keyFilePassword')?.value ?? '';
    const fields = signedRequestFields(Object.fromEntries(['commandId', 'holderId', 'subject', 'text', 'language'].map((name) => [name, valueOf(form, name)])));
    const language = document.querySelector('html')?.getAttribute('lang') ?? 'ru';
    signature.value = await makeSigner({ keyFiles, password, language }).sign(canonicalSignedBytes(fields));
  } catch (error) {
    if (error instanceof SigningError && error.detail) console.warn('Signing:', error.message);
    showKeyFileProblem(keyFile, error instanceof SigningError ? error.problem : 'signing_failed');
    return;
  }
  form.submit();
}

/** The problem next to the key-file field, as the design system shows a field's error, in the page's language. */
function showKeyFileProblem(keyFile: PageElement, problem: string) {
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
  if (keyFile.getAttribute('type') === 'file') keyFile.classList.add('govuk-file-upload--error');
  const describedBy = new Set((keyFile.getAttribute('aria-describedby') ?? '').split(' ').filter(Boolean));
  describedBy.add('keyFile-error');
  keyFile.setAttribute('aria-describedby', [...describedBy].join(' '));
  keyFile.focus();
}
