import type { X509Certificate } from '@peculiar/x509';
import type { AccountHolder } from './verification';

/** X.520 serialNumber: NCA certificates carry the holder's IIN here as `IIN` + 12 digits. */
export const OID_SERIAL_NUMBER = '2.5.4.5';
/** X.520 organizationalUnitName: a legal entity's certificate carries its BIN here as `BIN` + 12 digits. */
export const OID_ORGANIZATIONAL_UNIT = '2.5.4.11';

export interface KzSubject {
  readonly iin?: string;
  readonly bin?: string;
  /** Set when the subject names more than one different IIN or BIN: such a certificate identifies no one. */
  readonly ambiguous: boolean;
}

function numbers(values: string[], prefix: 'IIN' | 'BIN'): string[] {
  const pattern = new RegExp(`^${prefix}(\\d{12})$`);
  return [...new Set(values.map((value) => pattern.exec(value.trim())?.[1]).filter((value): value is string => value !== undefined))];
}

/** The IIN and BIN a Kazakhstan certificate names in its subject. */
export function kzSubjectOf(certificate: X509Certificate): KzSubject {
  const iins = numbers(certificate.subjectName.getField(OID_SERIAL_NUMBER), 'IIN');
  const bins = numbers(certificate.subjectName.getField(OID_ORGANIZATIONAL_UNIT), 'BIN');
  return { iin: iins[0], bin: bins[0], ambiguous: iins.length > 1 || bins.length > 1 };
}

/**
 * Whether the certificate's subject is the account holder (R1): every number the account has must equal
 * the certificate's, and a certificate that names a BIN (it signs for an organisation) fits only an
 * account of that organisation. Returns the reason it does not fit, or undefined.
 */
export function holderMismatch(subject: KzSubject, account: AccountHolder): string | undefined {
  if (subject.ambiguous) return 'the certificate subject names more than one IIN or BIN';
  if (account.iin === undefined && account.bin === undefined) return 'the account has neither an IIN nor a BIN';
  if (account.iin !== undefined && account.iin !== subject.iin) {
    return `the account IIN ${account.iin} is not the certificate's (${subject.iin ?? 'none'})`;
  }
  if (account.bin !== undefined && account.bin !== subject.bin) {
    return `the account BIN ${account.bin} is not the certificate's (${subject.bin ?? 'none'})`;
  }
  if (account.bin === undefined && subject.bin !== undefined) {
    return `the certificate signs for the organisation with BIN ${subject.bin}, the account is a person's`;
  }
  return undefined;
}
