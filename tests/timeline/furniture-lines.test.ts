import { describe, expect, it } from 'vitest';
import { isFurnitureLine } from '../../src/core/timeline/furniture-lines.js';

describe('isFurnitureLine', () => {
  it.each([
    ['© 2022 Valley Courier Media Ltd. All rights reserved.'],
    ['Copyright 2019 Harbour Press'],
    ['Terms Privacy Cookies © 2024 Chirp Inc.'],
    ['Leeds, England  example.org  Joined June 2011'],
    ['Maya Osei @mayaosei · Mar 3'],
    ['Town Hall Watch @thwatch · 5h'],
    ['By Tomasz Nowak | Published 2 May 2021, 09:40 | Updated 2 May 2021, 13:05'],
    ['Published 19 January 2022, 21:14'],
    ['Updated 3 hours ago'],
    ['Friday 7 October 2022 18:30 BST'],
    ['Sat 12 Mar 2022 07.15 GMT'],
    ['June 4, 2023 / 11:02 AM / Updated 40 minutes ago'],
    ['August 2, 2021 6:20 PM GMT+2 Updated 1 hour ago'],
    ['3 September 2020 · 5 min read'],
    ['April 2023 issue · 9 min read'],
    ['Posted 12 May 2022 in Campaigns, Housing'],
    ['FOR IMMEDIATE RELEASE – Thursday 6 April 2023'],
    ['17 November 2022'],
    ['Related: Bus fares to rise in January | Depot sale approved'],
    ['Read more: Councillors back 2023 budget'],
    ['Posted in Local news | Tagged 2019, elections | 12 Comments'],
    ['Tagged: 2021, budget, libraries'],
    ['Most read: Depot sale approved in June'],
  ])('GIVEN "%s" THEN it is furniture', (line) => {
    expect(isFurnitureLine(line)).toBe(true);
  });

  it.each([
    ['The council tax rise takes effect on 1 April.'],
    ['Saturday 15 July, 11am – Street stall outside the library'],
    ['She joined the party in June 2011.'],
    ['Published in 2019, the report found that rents had doubled.'],
    ['By March 2020 the depot had closed.'],
    ['The 2016 Act made strikes harder.'],
    ['Recommended by the committee in May, the plan went to a vote.'],
    ['Posted in March 2019, the video was seen by thousands.'],
    ['Tagged as a troublemaker in 2019, she kept on organising.'],
    ['Read more about the 2019 strike in our archive.'],
  ])('GIVEN "%s" THEN it is not furniture', (line) => {
    expect(isFurnitureLine(line)).toBe(false);
  });
});
