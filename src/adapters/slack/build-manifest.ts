/**
 * The Slack app manifest, built from the command declarations: slash commands (with the optional
 * prefix), the "Verify quote" shortcut when verify exists, the app_mention event, the bot scopes,
 * and Socket Mode, or HTTP request URLs when a public URL is given.
 * @see https://docs.slack.dev/reference/app-manifest
 */
import type { AnyCommand } from '../../core/index.js';
import { COMMAND_NAME_MAX } from './limits.js';
import { slashName, usageHint } from './slash-text.js';
import { VERIFY_CALLBACK_ID, VERIFY_SHORTCUT_NAME, verifyCommand } from './verify-shortcut.js';

/** Slack's built-in commands; an app manifest that declares one is rejected. */
const RESERVED_SLASH_NAMES: ReadonlySet<string> = new Set([
  'active',
  'apps',
  'archive',
  'away',
  'collapse',
  'dm',
  'dnd',
  'expand',
  'feed',
  'invite',
  'join',
  'leave',
  'me',
  'msg',
  'mute',
  'open',
  'pro',
  'remind',
  'remove',
  'rename',
  'search',
  'shortcuts',
  'shrug',
  'star',
  'status',
  'topic',
  'who',
]);

/** The bot scopes the app needs, and why: nothing more. */
const BOT_SCOPES = [
  'app_mentions:read', // receive @Verbatim mentions (answers in threads)
  'chat:write', // answer mentions and the shortcut in their thread; ephemeral fallbacks
  'commands', // slash commands and the message shortcut
] as const;

/** Bolt's HTTP receiver path for commands, events and interactivity. */
export const EVENTS_PATH = '/slack/events';

export interface ManifestOptions {
  /** Slash command prefix (`vb-`); empty for none. */
  prefix: string;
  /** Public base URL for HTTP mode (`https://bot.example.com`); null for Socket Mode. */
  requestUrl: string | null;
}

export interface SlackManifest {
  _metadata: { major_version: 1; minor_version: 1 };
  display_information: { name: string; description: string; background_color: string };
  features: {
    bot_user: { display_name: string; always_online: boolean };
    slash_commands: {
      command: string;
      description: string;
      usage_hint?: string;
      should_escape: boolean;
      url?: string;
    }[];
    shortcuts?: { name: string; type: 'message'; callback_id: string; description: string }[];
  };
  oauth_config: { scopes: { bot: string[] } };
  settings: {
    event_subscriptions: { bot_events: string[]; request_url?: string };
    interactivity: { is_enabled: true; request_url?: string };
    org_deploy_enabled: false;
    socket_mode_enabled: boolean;
    token_rotation_enabled: false;
  };
}

/** Builds the manifest; throws when a command name cannot be a Slack slash command. */
export function buildManifest(
  commands: readonly AnyCommand[],
  options: ManifestOptions,
): SlackManifest {
  const url = options.requestUrl ? eventsUrl(options.requestUrl) : undefined;
  const slash_commands = commands.map((command) => {
    const name = slashName(command, options.prefix);
    checkSlashName(name);
    const hint = usageHint(command);
    return {
      command: name,
      description: command.description,
      ...(hint ? { usage_hint: hint } : {}),
      should_escape: false,
      ...(url ? { url } : {}),
    };
  });
  const verify = verifyCommand(commands);
  const manifest: SlackManifest = {
    _metadata: { major_version: 1, minor_version: 1 },
    display_information: {
      name: 'Verbatim',
      description: 'Exact quotes, who said them and where, from a corpus of documents.',
      background_color: '#2c3e50',
    },
    features: {
      bot_user: { display_name: 'Verbatim', always_online: true },
      slash_commands,
      ...(verify
        ? {
            shortcuts: [
              {
                name: VERIFY_SHORTCUT_NAME,
                type: 'message' as const,
                callback_id: VERIFY_CALLBACK_ID,
                description: 'Check this message against the sources',
              },
            ],
          }
        : {}),
    },
    oauth_config: { scopes: { bot: [...BOT_SCOPES] } },
    settings: {
      event_subscriptions: { bot_events: ['app_mention'], ...(url ? { request_url: url } : {}) },
      interactivity: { is_enabled: true, ...(url ? { request_url: url } : {}) },
      org_deploy_enabled: false,
      socket_mode_enabled: url === undefined,
      token_rotation_enabled: false,
    },
  };
  return manifest;
}

/** `https://bot.example.com` → `https://bot.example.com/slack/events`; a URL with a path is kept. */
export function eventsUrl(base: string): string {
  const parsed = new URL(base);
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') {
    throw new Error(`The request URL must be http(s), got ${parsed.protocol}`);
  }
  if (parsed.pathname === '/' || parsed.pathname === '') parsed.pathname = EVENTS_PATH;
  return parsed.toString();
}

function checkSlashName(name: string): void {
  const bare = name.slice(1);
  if (!/^[a-z0-9_-]+$/.test(bare) || name.length > COMMAND_NAME_MAX) {
    throw new Error(
      `${name} is not a valid Slack command name (lowercase letters, digits, - and _, at most ${COMMAND_NAME_MAX} characters)`,
    );
  }
  if (RESERVED_SLASH_NAMES.has(bare)) {
    throw new Error(
      `${name} is a built-in Slack command; set SLACK_COMMAND_PREFIX (e.g. vb-) to rename Verbatim's commands`,
    );
  }
}
