import { describe, expect, it } from 'vitest';
import { isPlaceholderEmail, isPlaceholderPhone } from '../../../core/ledger/placeholder-contact';

describe('placeholder contacts', () => {
  it.each(['noemail@mail.ru', 'no-email@gmail.com', 'test@test.ru', 'anna@example.com', 'нет@mail.ru', 'x@yandex.ru', 'noreply@shop.ru'])(
    'e-mail %j stands for none',
    (email) => expect(isPlaceholderEmail(email)).toBe(true),
  );
  it.each(['ivan.petrov@mail.ru', 'mail@romashka.ru', 'info@shop.ru', 'testova.anna@mail.ru', 'anna@test.shop.ru'])('e-mail %j is real', (email) =>
    expect(isPlaceholderEmail(email)).toBe(false),
  );
  // Normalised phones: digits with the country code (normalizePhone).
  it.each(['70000000000', '79999999999', '0000000', '1111111', '1234567', '71234567890', '998000000000', '998999999999'])('phone %j stands for none', (phone) =>
    expect(isPlaceholderPhone(phone)).toBe(true),
  );
  it.each(['79161234567', '79160000000', '998901234567', '74951112233', '12345678901'])('phone %j is real', (phone) => expect(isPlaceholderPhone(phone)).toBe(false));
});
