/**
 * English function words: they carry no meaning of their own, so they are neither key terms of a
 * paraphrase nor names. Compared forms (lower case, straight apostrophes).
 */
export const STOP_WORDS: ReadonlySet<string> = new Set(
  (
    "a about above after again against all also am an and any are aren't as at be because been before being " +
    'below between both but by can could did do does doing down during each even ever every few for from ' +
    "further get got had has have having he her here hers herself him himself his how i i'm i've if in into is " +
    "it it's its itself just let's like make many may me might more most much must my myself no nor not now of " +
    'off on once one only or other our ours ourselves out over own really said same say says she should so ' +
    "some such than that that's the their theirs them themselves then there these they this those though " +
    'through to too under until up upon us very was we were what when where which while who whom why will ' +
    'with would yet you your yours yourself'
  ).split(' '),
);
