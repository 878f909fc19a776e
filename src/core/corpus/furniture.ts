/**
 * Page furniture: text captured with a page that nobody said (navigation, share rows, bylines,
 * copyright lines, like counts, cookie and newsletter blurbs, photo credits, notes to editors,
 * comment-form boilerplate). It is never quotable. The block classifier (classify-lines.ts) decides
 * mostly from the shape of a line (block-features.ts); these rules are the supplement for lines
 * whose words say what they are. Each rule names the convention it reads. Front matter
 * `furniture:` adds per-document lines.
 */
import {
  isBylineLine,
  isCountsLine,
  isDateLine,
  isMenuLine,
  isPhoneOrEmailLine,
} from './furniture-shapes.js';
import { PAGE_NOTE_RULES } from './page-notes.js';

/**
 * A line rule: the reason reported in diagnostics, the test on the trimmed line, and the longest
 * line it reads (SHORT_LINE by default): furniture is short, and not testing long paragraphs keeps
 * the rules cheap on a large corpus.
 */
export type LineRule = readonly [
  reason: string,
  test: RegExp | ((line: string) => boolean),
  maxChars?: number,
];

/** The longest line most rules read: menus, buttons, bylines, counts, datelines are shorter. */
const SHORT_LINE = 160;

const MONTH =
  '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)';

const JOINED = new RegExp(`(?:^|\\s)joined (?:in )?(?:${MONTH} )?\\d{4}$`, 'i');

/** Headers of the lists pages put around an article: what follows is links, not text. */
const LIST_HEADER = new RegExp(
  '^(?:most (?:read|popular|viewed|shared|commented)|trending(?: now| in [^.!?]{1,40})?|top stories|' +
    'latest(?: news| stories| headlines)?|more (?:from|on|in) [^.!?]{1,60}|more stories|' +
    'related(?: coverage| content| topics| articles| stories| posts| links| reading)?|' +
    "recommended(?: for you| reading| stories)?|editor[’']?s picks|you (?:may|might) (?:also )?like|people (?:also|you may) (?:viewed|view|read|know)|" +
    "what[’']s happening|who to follow|you might like|relevant people|popular now|in other news|" +
    'explore more(?: on these topics)?|more on these topics|topics|' +
    'read (?:our |more )?(?:other )?(?:interviews|stories|articles|posts)|' +
    'similar listings|around the web|from around the site|more like this)\\s*:?$',
  'i',
);

/** Lines after which the rest of the page is its footer (unless a comment section follows). */
const TRAILING_START = new RegExp(
  '^(?:more about\\b|similar listings$|related (?:posts|articles|stories)$|you (?:may|might) also like|' +
    'leave a (?:reply|comment)\\b|become a supporter$|' +
    // press releases: the release ends at ENDS; notes to editors and contacts follow
    "(?:[-–—#*]+\\s*)?ends\\s*(?:[-–—#*]+)?$|#{3}$|notes? (?:to|for) editors?:?$|editor[’']?s notes?:?$|" +
    // wire stories end with their credits
    '\\(?(?:reporting|writing|editing|additional reporting) by\\b)',
  'i',
);

const LINE_RULES: readonly LineRule[] = [
  // navigation and buttons
  [
    'navigation',
    /^(?:skip to (?:main )?content|back to top|menu|search|log ?in|sign ?in|register)$/i,
  ],
  ['navigation', /^(?:see|read|show|view|load) more(?: comments| replies| posts)?\.?$/i],
  ['navigation', /^continue reading\b/i],
  ['navigation', isMenuLine, 300],
  [
    'buttons',
    /^(?:reply|reply ↓|log in to reply|save|save for later|reuse this content|comment|write a comment…?|most relevant|all comments|newest(?: first)?|oldest(?: first)?|top comments|like(?: this)?:?|(?:like )?loading(?:\.\.\.|…)?|report|report (?:this )?comment|follow|following|unfollow|message|repost|retweet|quote|bookmark|copy link|show (?:this thread|replies|more replies)|view (?:\d+ )?(?:more )?replies|translate (?:post|tweet)|edit profile|follows you|pinned(?: post| tweet)?|verified(?: account)?)$/i,
  ],
  ['page heading', /^(?:[Aa]bout|[Mm]ore (?:about|from|by)) [\p{Lu}][^.!?]{0,60}$/u],
  ['page heading', /^[\p{Lu}][^.!?]{0,60} description$/iu],
  ['related links', LIST_HEADER],
  ['related links', /^(?:read more|also read|see also|related|more)\s*[:|›»>]\s*\S/i, 300],
  // ratings, counts, profile headers
  ['rating', /^\d(?:\.\d)? star rating$/i],
  ['rating', /^rated \d(?:\.\d)? out of \d/i],
  ['counts', isCountsLine, 120],
  [
    'counts',
    /^\S{0,4}\s*(?:you(?:,| and) )?(?:[\p{L}.'’ -]{1,40}(?:,| and) )?[\d,.]+[KkM]? others?$/iu,
    80,
  ],
  // "Joined March 2014" on a profile line: capitalised as profile pages print it ("she joined in 2009" is prose)
  ['profile', (line) => /(?:^[Jj]|\sJ)oined /.test(line) && JOINED.test(line)],
  ['profile', /^followed by\b.{1,80}\byou follow$/i],
  // comment sections
  ['comment form', /^leave a (?:reply|comment)\b.{0,20}$/i],
  ['comment form', /^your email address will not be published/i],
  ['comment form', /^required fields are marked/i],
  [
    'comment form',
    /^(?:comments (?:are|have been) (?:now )?closed\b|add (?:a|your) comment|post a comment|log in to comment)/i,
  ],
  // addresses and contacts
  ['address', /\bis located at\b/i, 200],
  ['address', /^[^.!?]{0,80},[^.!?]{0,60}\b[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}$/],
  [
    'contact',
    /^(?:for (?:more|further) (?:information|details)\b.{0,20}\b(?:contact|call|email|visit)|(?:media|press) (?:contacts?|office|enquiries|inquiries)\b|contacts?:)/i,
    300,
  ],
  ['contact', isPhoneOrEmailLine, 200],
  // photos
  ['photo credit', /^(?:main |featured |header |top )?image(?: credit)?:/i],
  [
    'photo credit',
    /^(?:photo(?:graph)?|photography|picture|image|credit|pictured|illustration|video)s?(?: by|:)/i,
    400,
  ],
  ['photo credit', /\bphoto by [\p{Lu}]/u, 300],
  ['photo credit', /^(?:image|media|video) (?:source|caption)\b/i, 400],
  ['photo credit', /^[\p{Lu}][\p{L}.' -]{1,60}['’]s (?:picture|photo|avatar)$/u],
  [
    'photo caption',
    /\((?:[^()]*\/)?(?:twitter|facebook|instagram|flickr|getty(?: images)?|reuters|ap|pa|wikimedia(?: commons)?|shutterstock|alamy)\)\s*$/i,
    300,
  ],
  [
    'photo caption',
    /(?:^|[.!?]\s+|\(\s*)(?:[Pp]hoto(?:graph)?|PHOTO|[Pp]icture|PICTURE|[Ii]mage|IMAGE|[Cc]redit|CREDIT|[Pp]ic)s?\s*(?:by|:)\s*[\p{Lu}][^.!?]{0,80}\)?$/u,
    300,
  ],
  // share rows, appeals, cookies, adverts
  ['footer links', footerLinks, 300],
  ['share buttons', /^(?:share|tweet|email|print|share this|share on \w+):?$/i],
  [
    'share buttons',
    /^share(?: this| on| via)?\s*:?\s*(?:facebook|twitter|x|whatsapp|e-?mail|linkedin|reddit|bluesky|threads|copy link)\b/i,
  ],
  ['share buttons', /^share(?: this| the)? (?:article|story|post|page|video)\b.{0,60}$/i],
  ['share buttons', /^share\s*(?:on|via|:)\s/i],
  [
    'donation or newsletter appeal',
    /^(?:donate|donate today|become a (?:supporter|member|patron)|fighting fund|subscribe|sign up)\b.{0,40}$/i,
  ],
  ['donation appeal', /^you['’]ve raised\b/i],
  [
    'letters appeal',
    /^(?:want to (?:weigh in|have your say)\??\s*)?(?:submit|send us) (?:a|your) (?:letter|guest (?:column|commentary)|story|tip)\b/i,
    200,
  ],
  ['donation appeal', /^we need:?\s*£/i],
  ['donation appeal', /^\d+ days? remaining$/i],
  [
    'newsletter appeal',
    /^(?:sign up|subscribe|register|get|join)\b.{0,60}\bnewsletters?\b|\bnewsletters?\b.{0,60}\b(?:straight to|in|into) your inbox\b/i,
    300,
  ],
  [
    'subscription appeal',
    /\bsubscribe\b.{0,60}(?:£|\$|€)\s?\d|\bdelivered to your (?:door|inbox)\b/i,
    300,
  ],
  ['privacy notice', /^privacy (?:notice|policy):\s/i, 800],
  [
    'cookie notice',
    /\bcookies?\b.{0,80}\b(?:we use|use of|accept|settings|preferences|policy|consent|manage)\b|\b(?:we use|our use of|accept(?: all)?) cookies\b/i,
    500,
  ],
  [
    'cookie notice',
    /^(?:accept(?: all)?|reject all|manage (?:settings|preferences)|cookie settings)$/i,
    500,
  ],
  [
    'advertisement',
    /^(?:advertisement|advert|ad|sponsored(?: content)?|promoted|paid (?:post|content)|(?:story|article) continues (?:below|after)(?: (?:this )?advert(?:isement)?)?)$/i,
  ],
  ['copyright', /©|\(c\)\s*\d{4}|^copyright\b|\bcopyright\s+\d{4}|\ball rights reserved\b/i, 400],
  // bylines and datelines
  ['byline', isBylineLine],
  ['dateline', /^(?:posted|published|updated) (?:on|at) \d/i],
  [
    'dateline',
    /^(?:posted|published|updated|first published|last updated|last modified)\b:?\s+(?:on\s+)?(?:\d|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun)[a-z]*\b)(?:[ap]\.m\.?|[^.!?]){0,60}$/i,
  ],
  ['dateline', isDateLine],
  [
    'reading time',
    /^(?:[^.!?]{0,40}[·|•]\s*)?\d+\s*(?:min(?:ute)?s?|mins?)\.?\s+read\b[^.!?]{0,20}$/i,
  ],
  [
    'wire credit',
    /^\(?(?:reporting|writing|editing|additional reporting|compiled) by\b[^()]{0,120}\)?$/i,
    200,
  ],
  ['tags', /^tags?:/i],
  [
    'download link',
    /\bdownload\b.{0,80}\((?:pdf|docx?|xlsx?|mp3|mp4|zip|epub)\b[^)]{0,30}\)/i,
    300,
  ],
  [
    'site credits',
    /^(?:[Pp]roudly )?[Pp]owered by [\p{Lu}][^.!?]{0,60}$|^(?:[Bb]log|[Ww]ebsite|[Ss]ite) (?:at|by) [\w.-]+\.\w+\b.{0,40}$/u,
  ],
  [
    'company registration',
    /\bregistered in england(?: (?:and|&) wales)?\b|\bcompany limited by guarantee\b|\b(?:company|charity|registration|registered) (?:no\.?|number)\s*:?\s*\d/i,
    400,
  ],
  ['tags', /^(?:posted in|filed under|categor(?:y|ies):|tagged(?: with)?:?)\s+\S.{0,200}$/i, 300],
  // broadcasters' pages around a programme or transcript
  [
    'broadcast promo',
    /^(?:listen (?:again|live|back)|watch (?:again|live|back|the (?:meeting|session|debate|webcast|video|programme|full \w+))|download the (?:podcast|app)|subscribe to the podcast|catch up (?:on|with))\b.{0,100}$|\bwherever you get your podcasts\b/i,
    200,
  ],
  ['broadcast promo', /^call charges\b|^calls? (?:to|from) (?:0|\+)\d[^.!?]{0,40}\bcost\b/i],
  // press releases, transcripts, interviews
  [
    'press release header',
    /^(?:press|news|media) release\b.{0,40}$|^for immediate release\b.{0,30}$|^embargo(?:ed)?\b.{0,60}$/i,
  ],
  ['notes to editors', TRAILING_START],
  [
    'transcript note',
    /^\[[^\]]{1,60}\]$|^\((?:applause|laughter|cheers|inaudible|crosstalk|music|pause)[^)]{0,20}\)$/i,
  ],
  [
    'editorial note',
    /\bcheck against delivery\b|(?:^\(?|[.:]\s+)(?:this|the) (?:interview|transcript|conversation|article|q&a|text|recording) (?:has been|was|is|may) (?:\w+ ){0,3}(?:edited|condensed|produced|transcribed|updated|contain errors)\b|^(?:\w+ ){0,3}edited (?:and condensed )?for (?:length|clarity)\b/i,
    300,
  ],
  ['editorial note', /^editor[’']?s note:\s+\S/i, 400],
  [
    'opinion disclaimer',
    /\b(?:opinions?|views?) expressed\b.{0,80}\b(?:are|is) (?:those|that|solely those) of the (?:authors?|writers?|contributors?)\b/i,
    300,
  ],
  ...PAGE_NOTE_RULES,
  [
    'sponsor message',
    /^(?:\[[\d:]+\]\s*)?(?:(?:[Ss]upport|[Ff]unding) for (?:this (?:podcast|programme|program|show|episode)|\p{Lu}[^.!?]{0,60}) (?:comes|is provided) (?:from|by)\b|[Tt]his (?:episode|programme|program|podcast|show) is (?:brought to you|sponsored|supported) by\b)/u,
    400,
  ],
];

/** Words that mark a block as an appeal (donation, shop, newsletter, membership) rather than speech. */
const APPEAL =
  /\b(?:donat(?:e|ion|ions)\b|chip in\b|fighting fund|become a (?:supporter|member|patron)|support (?:us|our work|our journalism)|patreon|buy me a coffee|(?:sign up|subscribe) (?:to|for) our newsletter|unsubscribe at any time|reader-owned|buying shares|online (?:store|shop)|t-shirts|not sponsored or endorsed|we rely on (?:you|readers)|people funded)/i;

/** The reason given for a comment-section header line; reader comments follow it. */
export const COMMENTS_HEADER_REASON = 'comments header';

/**
 * A comment-section header: "5 thoughts on “…”", "12 Comments", "Comments", "Join the discussion",
 * also with the thread's sort control beside it ("128 comments · Sort by: Top ▾").
 * Not "What people are saying": organisations head their testimonials so.
 */
const COMMENTS_HEADER =
  /^(?:\d[\d,]*\s+(?:thoughts?|comments?|responses?|replies|reactions?)(?:\s+(?:on|to)\b.*)?|comments(?: \(\d[\d,]*\))?|comment \(\d+\)|reader comments|join the discussion|have your say|what (?:readers|our readers|you) (?:are saying|say|think))\s*:?(?:\s*[·|•]\s*sort(?:ed)?(?: by)?:?\s*(?:top|best|newest|oldest|latest|popular|most liked)\s*[▾▼⌄]?)?$/i;

/** Site links of a page footer: "Terms of Service  Privacy Policy  Cookie Policy", "About us | Contact | Privacy". */
const FOOTER_LINK =
  /\b(?:privacy(?: policy| notice| settings)?|terms(?: of (?:service|use)| and conditions| & conditions)?|cookies?(?: policy| notice| settings)?|accessibility|sitemap|site map|contact(?: us)?|about us|advertise(?: with us)?|complaints|careers|ads info|corrections|help)\b/gi;

function footerLinks(line: string): boolean {
  if (/[.!?]$/.test(line) && !/©/.test(line)) return false;
  const links = line.match(FOOTER_LINK)?.length ?? 0;
  const words = line.split(/\s+/);
  const capitalised = words.filter((w) => /^\p{Lu}/u.test(w)).length;
  const laidOut = /[|·•©]|\S {2,}\S/.test(line) || capitalised >= words.length / 2;
  return links >= 2 && words.length <= 30 && laidOut;
}

export function lineFurnitureReason(line: string, extra: readonly string[] = []): string | null {
  const text = line.trim();
  if (isCommentsHeader(text)) return COMMENTS_HEADER_REASON;
  for (const [reason, test, maxChars = SHORT_LINE] of LINE_RULES) {
    if (text.length > maxChars) continue;
    if (typeof test === 'function' ? test(text) : test.test(text)) return reason;
  }
  for (const prefix of extra)
    if (prefix && text.startsWith(prefix)) return 'front matter furniture';
  return null;
}

export function isAppeal(text: string): boolean {
  return APPEAL.test(text);
}

export function startsTrailingFurniture(text: string): boolean {
  return TRAILING_START.test(text.trim());
}

/** A header of a list of links ("Most read", "Related coverage", "Who to follow"). */
export function isListHeader(text: string): boolean {
  return LIST_HEADER.test(text.trim());
}

export function isCommentsHeader(text: string): boolean {
  const t = text.trim();
  return t.length <= 200 && COMMENTS_HEADER.test(t);
}
