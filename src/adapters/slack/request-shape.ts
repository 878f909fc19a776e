/**
 * The least a signed Slack body must hold before Bolt routes it. Bolt reads fields such as
 * `body.ssl_check`, `event.channel`, `user.id` and `channel.id` without checking them first, so
 * `payload=null` or `{"event":null}` made it throw after the signature check (an unhandled
 * rejection and no HTTP answer, or a 500). These rules follow Bolt's routing
 * (`getTypeAndConversation`, `buildSource`) and what our listeners read; a body that breaks one
 * gets 400 with the rule as the reason.
 * @see https://api.slack.com/interactivity/handling#payloads
 * @see https://api.slack.com/apis/events-api#callback-field
 */

type Fields = Record<string, unknown>;

function isRecord(value: unknown): value is Fields {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isText(value: unknown): value is string {
  return typeof value === 'string' && value.length > 0;
}

/** Why `body` (as Bolt parsed it) cannot be handled, or null when it can. */
export function malformedBody(body: unknown): string | null {
  if (!isRecord(body)) return `the body is ${describe(body)}, not an object`;
  if (body['event'] !== undefined) return malformedEvent(body);
  if (body['command'] !== undefined) return malformedSlashCommand(body);
  switch (body['type']) {
    case 'event_callback':
      return 'an event_callback needs an "event"';
    // Slack's own checks and notices: Bolt answers the first; no listener runs for either.
    case 'url_verification':
      return isText(body['challenge']) ? null : 'url_verification needs a "challenge"';
    case 'app_rate_limited':
      return null;
    default:
      return malformedInteraction(body);
  }
}

/** Events API (`event_callback`): Bolt looks inside `event` for a channel, a user, an item. */
function malformedEvent(body: Fields): string | null {
  if (!isText(body['type'])) return 'an event envelope needs a "type"';
  const event = body['event'];
  if (!isRecord(event)) return `"event" is ${describe(event)}, not an object`;
  if (!isText(event['type'])) return 'the event needs a "type"';
  for (const key of ['item', 'subteam']) {
    if (event[key] !== undefined && !isRecord(event[key]))
      return `"event.${key}" is ${describe(event[key])}, not an object`;
  }
  const channel = event['channel'];
  if (channel !== undefined && typeof channel !== 'string' && !isRecord(channel))
    return `"event.channel" is ${describe(channel)}, not a channel`;
  return null;
}

/** A slash command (form fields): we answer through its response_url, to its user and channel. */
function malformedSlashCommand(body: Fields): string | null {
  for (const key of ['command', 'user_id', 'channel_id', 'response_url']) {
    if (!isText(body[key])) return `a slash command needs "${key}"`;
  }
  if (body['text'] !== undefined && typeof body['text'] !== 'string')
    return 'a slash command\'s "text" must be a single string';
  return null;
}

/** Interactivity payloads (buttons, shortcuts, views): Bolt reads `user.id` for every one of them. */
function malformedInteraction(body: Fields): string | null {
  const type = body['type'];
  if (!isText(type)) return 'an interaction payload needs a "type"';
  if (!isRecord(body['user']) || !isText(body['user']['id']))
    return 'an interaction payload needs "user.id"';
  for (const key of ['team', 'enterprise', 'container', 'message']) {
    const value = body[key];
    if (value !== undefined && value !== null && !isRecord(value))
      return `"${key}" is ${describe(value)}, not an object`;
  }
  const channel = body['channel'];
  if (channel !== undefined && !(isRecord(channel) && isText(channel['id'])))
    return '"channel" needs an "id"';
  const actions = body['actions'];
  if (type === 'block_actions' || actions !== undefined) {
    if (!Array.isArray(actions) || !actions.every(isRecord))
      return '"actions" must be a list of actions';
  }
  if ((type === 'view_submission' || type === 'view_closed') && !isRecord(body['view']))
    return `${type} needs a "view"`;
  if (type === 'shortcut' || type === 'message_action') {
    if (!isText(body['callback_id'])) return `${type} needs a "callback_id"`;
  }
  if (type === 'message_action' && (!isRecord(body['message']) || channel === undefined))
    return 'message_action needs "message" and "channel"';
  return null;
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  return `a ${typeof value}`;
}
