import { describe, expect, it } from 'vitest';
import { castHosts } from '../../src/core/corpus/transcript-labels.js';

describe('the hosts a transcript’s cast line names', () => {
  it.each([
    [
      'Hosts: Tamsin Okoye (TO), Ben Lachance (BL)\nGuest: Dr. Jasleen Varaich (JV)',
      ['tamsin okoye', 'ben lachance'],
    ],
    ['Presented by Jo Ames and Sam Lee.', ['jo ames', 'sam lee']],
    ['Host: Dr. Ruth Penhale', ['ruth penhale']],
    ['Moderators: Ana Ruiz & Kofi Mensah', ['ana ruiz', 'kofi mensah']],
  ])('GIVEN %j THEN the hosts are %j', (body, hosts) => {
    expect([...castHosts(body)]).toEqual(hosts);
  });

  it.each([
    'Guest: Dr. Jasleen Varaich (JV)',
    'The host said the hosts were late.',
    'Hosts: many of our readers asked about the council vote',
    'Ben Lachance hosts the show with Tamsin Okoye.',
  ])('GIVEN %j THEN no host is named', (body) => {
    expect(castHosts(body).size).toBe(0);
  });
});
