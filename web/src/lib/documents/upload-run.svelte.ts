import { startUpload, type Upload, type UploadOutcome } from './upload-request.ts';

/** One upload at a time and how far it got, for a form to show. */
export class UploadRun {
  /** null while nothing is being sent */
  fraction = $state<number | null>(null);
  filename = $state('');
  #upload: Upload | null = null;

  /** sending, or waiting for the API's answer */
  get active(): boolean {
    return this.fraction !== null && this.fraction < 1;
  }

  async send(url: string, body: FormData, filename: string): Promise<UploadOutcome> {
    this.#upload?.abort();
    this.filename = filename;
    this.fraction = 0;
    // All bytes sent is not yet stored: the bar shows 100 % once the API has checked and kept the file.
    const upload = startUpload(url, body, (sent) => (this.fraction = Math.min(sent, 0.99)));
    this.#upload = upload;
    const outcome = await upload.outcome;
    if (this.#upload === upload) this.#upload = null;
    this.fraction = outcome.kind === 'done' ? 1 : null;
    return outcome;
  }

  cancel(): void {
    this.#upload?.abort();
  }

  clear(): void {
    this.fraction = null;
  }
}
