import { validate } from 'class-validator';
import { IsEmailAddress } from './is-email-address';

class Contact {
  @IsEmailAddress() email!: string;
}

const problems = async (email: string) => (await validate(Object.assign(new Contact(), { email }))).map((error) => Object.keys(error.constraints ?? {}));

describe('IsEmailAddress', () => {
  it('accepts an address', async () => {
    expect(await problems('press@minfin.gov.kz')).toEqual([]);
  });

  it('refuses text that is no address, and text with a lone surrogate, without throwing', async () => {
    expect(await problems('press at minfin')).toEqual([['isEmail']]);
    expect(await problems('\udbffpress@minfin.gov.kz')).toEqual([['isEmail']]);
  });
});
