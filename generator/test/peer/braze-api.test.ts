/**
 * Peer contract test: every method of the community `braze-api` client (node_modules/braze-api) is called
 * against Prism running as a validating mock (`--errors`) of our bundled spec. A small recording proxy sits
 * between the peer and Prism, so the test sees each request exactly as the peer put it on the wire (path,
 * query string, headers, body) and Prism's verdict on it (status, `sl-violations`).
 *
 * A pass means our spec accepts what a real-world caller sends. Where the peer sends something Braze's docs
 * do not allow, the case names the expected rejection and says why (`peerMistake`). On top of Prism's checks
 * the test asserts what Prism lets through silently: the `Authorization: Bearer` header, that every query
 * parameter the peer sends is one the operation declares (Prism ignores unknown query names, so
 * `external_id[]=…` against a parameter named `external_id` would otherwise pass unnoticed), that every `X-…`
 * header it adds (`X-Braze-Bulk`) is a declared header parameter, and that the request reached the operation
 * the peer method is documented for. Methods for which our spec has no operation would fail that last check.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Braze } from 'braze-api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startPrism, type PrismMock } from '../contract/prism.js';

const ROOT = resolve(import.meta.dirname, '../../..');
const API_KEY = 'peer-test-dummy-key';

type Json = Record<string, unknown>;

/** One request as the peer sent it, with Prism's answer. */
interface Exchange {
  method: string;
  path: string;
  query: [string, string][];
  headers: IncomingMessage['headers'];
  body: string;
  status: number;
  violations: string | undefined;
  responseBody: string;
}

/** A recording reverse proxy in front of Prism. */
async function startRecorder(
  target: string,
  extraHeaders: (url: URL) => Record<string, string> = () => ({}),
): Promise<{ url: string; log: Exchange[]; stop(): Promise<void> }> {
  const log: Exchange[] = [];
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf8');
      const url = new URL(`http://peer.invalid${req.url ?? '/'}`);
      const headers: Record<string, string> = {};
      for (const [k, v] of Object.entries(req.headers)) {
        if (k !== 'host' && k !== 'connection' && k !== 'content-length' && typeof v === 'string') headers[k] = v;
      }
      fetch(target + (req.url ?? '/'), { method: req.method, headers, body: body === '' ? undefined : body })
        .then(async (r) => {
          const text = await r.text();
          log.push({
            method: req.method ?? '', path: url.pathname, query: [...url.searchParams.entries()], headers: req.headers, body,
            status: r.status, violations: r.headers.get('sl-violations') ?? undefined, responseBody: text,
          });
          const out: Record<string, string> = {};
          r.headers.forEach((v, k) => { if (k !== 'content-length' && k !== 'content-encoding' && k !== 'transfer-encoding' && k !== 'connection') out[k] = v; });
          if (r.ok) Object.assign(out, extraHeaders(url));
          res.writeHead(r.status, out).end(text);
        })
        .catch((e: unknown) => { res.writeHead(502).end(JSON.stringify({ message: String(e) })); });
    });
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as { port: number };
  return { url: `http://127.0.0.1:${port}`, log, stop: () => new Promise((done) => server.close(() => done())) };
}

/** What Prism must say about a peer call that breaks Braze's documented contract. */
interface PeerMistake {
  /** A pattern the `sl-violations` header must match. */
  violation: RegExp;
  /** Why the peer is wrong, from Braze's docs. */
  why: string;
}

interface PeerCase {
  /** The peer method, as a dotted path on a `Braze` instance. */
  method: string;
  /** Names a further call of the same method with other documented inputs. */
  variant?: string;
  /** The operation it must reach (method and spec path). */
  operation: string;
  call(b: Braze): Promise<unknown>;
  peerMistake?: PeerMistake;
  /** How many requests the call makes (a paging method follows `Link: rel="next"`); 1 when omitted. */
  pages?: number;
}

// ---------------------------------------------------------------------------------------------------------
// Realistic inputs, modelled on the request examples of Braze's endpoint pages (values are our own).
// ---------------------------------------------------------------------------------------------------------
const campaignId = '4f2c9d1e-7a3b-4c5d-8e6f-0a1b2c3d4e5f';
const canvasId = '9b8a7c6d-5e4f-4a3b-9c2d-1e0f9a8b7c6d';
const scheduleId = 'sched-2f6e1a90-3b7c';
const segmentId = '0d6c1f3e-2b4a-4c8d-9e7f-6a5b4c3d2e1f';
const groupId = '7c1e2d3f-4a5b-4c6d-8e9f-0a1b2c3d4e5f';
const alias = { alias_name: 'loyalty-4471', alias_label: 'crm_id' };
const futureTime = '2031-03-14T15:30:00Z';

const pushMessages = {
  apple_push: { alert: { title: 'Order shipped', body: 'Your parcel is on its way.' }, badge: 1, sound: 'default', extra: { order_id: 'A-1093' } },
  android_push: { title: 'Order shipped', alert: 'Your parcel is on its way.', extra: { order_id: 'A-1093' } },
};

const CASES: PeerCase[] = [
  // Campaigns
  { method: 'campaigns.details', operation: 'get /campaigns/details', call: (b) => b.campaigns.details({ campaign_id: campaignId }) },
  {
    method: 'campaigns.list', operation: 'get /campaigns/list',
    call: (b) => b.campaigns.list({ page: 0, include_archived: false, sort_direction: 'desc', 'last_edit.time[gt]': '2024-06-01T00:00:00Z' }),
  },
  {
    method: 'campaigns.trigger.send', operation: 'post /campaigns/trigger/send',
    call: (b) => b.campaigns.trigger.send({
      campaign_id: campaignId,
      trigger_properties: { coupon_code: 'SPRING25' },
      broadcast: false,
      recipients: [
        { external_user_id: 'user-8812', trigger_properties: { first_item: 'rain jacket' }, send_to_existing_only: true },
        { user_alias: alias, attributes: { loyalty_tier: 'gold' } },
      ],
    }),
  },
  {
    method: 'campaigns.trigger.schedule.create', operation: 'post /campaigns/trigger/schedule/create',
    call: (b) => b.campaigns.trigger.schedule.create({
      campaign_id: campaignId,
      recipients: [{ external_user_id: 'user-8812', trigger_properties: { city: 'Lisbon' } }],
      schedule: { time: futureTime, in_local_time: true },
    }),
  },
  {
    method: 'campaigns.trigger.schedule.update', operation: 'post /campaigns/trigger/schedule/update',
    call: (b) => b.campaigns.trigger.schedule.update({ campaign_id: campaignId, schedule_id: scheduleId, schedule: { time: futureTime } }),
  },
  {
    method: 'campaigns.trigger.schedule.delete', operation: 'post /campaigns/trigger/schedule/delete',
    call: (b) => b.campaigns.trigger.schedule.delete({ campaign_id: campaignId, schedule_id: scheduleId }),
  },
  // Canvas
  { method: 'canvas.list', operation: 'get /canvas/list', call: (b) => b.canvas.list({ page: 1, include_archived: true, sort_direction: 'asc' }) },
  {
    method: 'canvas.trigger.send', operation: 'post /canvas/trigger/send',
    call: (b) => b.canvas.trigger.send({
      canvas_id: canvasId,
      canvas_entry_properties: { product_name: 'trail shoes', product_price: 89.5 },
      recipients: [{ external_user_id: 'user-8812', canvas_entry_properties: { size: 42 } }, { user_alias: alias }],
    }),
  },
  {
    method: 'canvas.trigger.schedule.create', operation: 'post /canvas/trigger/schedule/create',
    call: (b) => b.canvas.trigger.schedule.create({
      canvas_id: canvasId,
      recipients: [{ external_user_id: 'user-8812' }],
      canvas_entry_properties: { reminder: 'renewal' },
      schedule: { time: futureTime, in_local_time: false, at_optimal_time: false },
    }),
  },
  {
    method: 'canvas.trigger.schedule.update', operation: 'post /canvas/trigger/schedule/update',
    call: (b) => b.canvas.trigger.schedule.update({ canvas_id: canvasId, schedule_id: scheduleId, schedule: { time: futureTime, in_local_time: true } }),
  },
  {
    method: 'canvas.trigger.schedule.delete', operation: 'post /canvas/trigger/schedule/delete',
    call: (b) => b.canvas.trigger.schedule.delete({ canvas_id: canvasId, schedule_id: scheduleId }),
  },
  // Catalogs (synchronous)
  { method: 'catalogs.synchronous.list', operation: 'get /catalogs', call: (b) => b.catalogs.synchronous.list() },
  {
    method: 'catalogs.synchronous.items', operation: 'get /catalogs/{catalog_name}/items',
    // An async generator that follows `Link: rel="next"`; take the first item only (Prism's example page).
    call: async (b) => {
      for await (const item of b.catalogs.synchronous.items({ catalog_name: 'restaurants' })) return item;
      return undefined;
    },
  },
  {
    method: 'catalogs.synchronous.item', operation: 'get /catalogs/{catalog_name}/items/{item_id}',
    call: (b) => b.catalogs.synchronous.item({ catalog_name: 'restaurants', item_id: 'restaurant-17' }),
  },
  // Email lists
  { method: 'email.blacklist', operation: 'post /email/blacklist', call: (b) => b.email.blacklist({ email: ['spam-trap@example.org', 'old-list@example.net'] }) },
  { method: 'email.bounce.remove', operation: 'post /email/bounce/remove', call: (b) => b.email.bounce.remove({ email: 'bounced.once@example.com' }) },
  { method: 'email.spam.remove', operation: 'post /email/spam/remove', call: (b) => b.email.spam.remove({ email: ['changed.mind@example.com'] }) },
  // Messages
  {
    method: 'messages.send', operation: 'post /messages/send',
    call: (b) => b.messages.send({
      external_user_ids: ['user-8812', 'user-9020'],
      campaign_id: campaignId,
      recipient_subscription_state: 'subscribed',
      messages: {
        ...pushMessages,
        email: { app_id: 'e3b0c442-98fc-4c14-9afb-f4c8996fb924', from: 'Outdoor Co <news@example.com>', subject: 'Your order', body: '<p>Thanks for your order.</p>' },
      },
    }),
  },
  {
    method: 'messages.schedule.create', operation: 'post /messages/schedule/create',
    call: (b) => b.messages.schedule.create({
      broadcast: false,
      external_user_ids: ['user-8812'],
      messages: pushMessages,
      schedule: { time: futureTime, in_local_time: true },
    }),
  },
  {
    method: 'messages.schedule.update', operation: 'post /messages/schedule/update',
    call: (b) => b.messages.schedule.update({ schedule_id: scheduleId, schedule: { time: futureTime }, messages: { apple_push: { alert: 'Sale moved to Friday' } } }),
  },
  { method: 'messages.schedule.delete', operation: 'post /messages/schedule/delete', call: (b) => b.messages.schedule.delete({ schedule_id: scheduleId }) },
  {
    method: 'messages.scheduled_broadcasts', operation: 'get /messages/scheduled_broadcasts',
    call: (b) => b.messages.scheduled_broadcasts({ end_time: '2031-04-01T00:00:00-04:00' }),
  },
  // Segments
  {
    method: 'segments.analytics', operation: 'get /segments/data_series',
    call: (b) => b.segments.analytics({ segment_id: segmentId, length: 14, ending_at: '2024-06-30T23:59:59-05:00' }),
  },
  { method: 'segments.details', operation: 'get /segments/details', call: (b) => b.segments.details({ segment_id: segmentId }) },
  { method: 'segments.list', operation: 'get /segments/list', call: (b) => b.segments.list({ page: 1, sort_direction: 'desc' }) },
  // Sends
  { method: 'sends.id.create', operation: 'post /sends/id/create', call: (b) => b.sends.id.create({ campaign_id: campaignId, send_id: 'spring_sale_wave_2' }) },
  // Subscription groups
  {
    method: 'subscription.status.get', operation: 'get /subscription/status/get',
    call: (b) => b.subscription.status.get({ subscription_group_id: groupId, external_id: ['user-8812', 'user-9020'] }),
  },
  {
    method: 'subscription.status.set', operation: 'post /subscription/status/set',
    call: (b) => b.subscription.status.set({ subscription_group_id: groupId, subscription_state: 'unsubscribed', external_id: ['user-8812'], email: ['hiker@example.com'] }),
  },
  {
    method: 'subscription.user.status', operation: 'get /subscription/user/status',
    call: (b) => b.subscription.user.status({ external_id: ['user-8812', 'user-9020'], limit: 50, offset: 0 }),
  },
  // Templates: content blocks
  {
    method: 'templates.content_blocks.get', operation: 'get /content_blocks/info',
    call: (b) => b.templates.content_blocks.get({ content_block_id: 'cb-5e1d2f7a', include_inclusion_data: true }),
  },
  {
    method: 'templates.content_blocks.list', operation: 'get /content_blocks/list',
    call: (b) => b.templates.content_blocks.list({ modified_after: '2024-01-01T00:00:00Z', modified_before: '2024-12-31T23:59:59Z', limit: 100, offset: 0 }),
  },
  {
    method: 'templates.content_blocks.create', operation: 'post /content_blocks/create',
    call: (b) => b.templates.content_blocks.create({ name: 'footer_legal', description: 'Legal footer', content: '<p>© Outdoor Co</p>', state: 'draft', tags: ['legal'] }),
  },
  {
    method: 'templates.content_blocks.update', operation: 'post /content_blocks/update',
    call: (b) => b.templates.content_blocks.update({ content_block_id: 'cb-5e1d2f7a', content: '<p>© 2025 Outdoor Co</p>', state: 'active' }),
  },
  // Templates: email templates
  { method: 'templates.email_templates.get', operation: 'get /templates/email/info', call: (b) => b.templates.email_templates.get({ email_template_id: 'et-31f0c9a2' }) },
  {
    method: 'templates.email_templates.list', operation: 'get /templates/email/list',
    call: (b) => b.templates.email_templates.list({ modified_after: '2024-01-01T00:00:00Z', limit: 20, offset: 0 }),
  },
  {
    method: 'templates.email_templates.create', operation: 'post /templates/email/create',
    call: (b) => b.templates.email_templates.create({
      template_name: 'order_confirmation', subject: 'We got your order', body: '<h1>Thanks!</h1>', plaintext_body: 'Thanks!',
      preheader: 'Order details inside', tags: ['transactional'], should_inline_css: true,
    }),
  },
  {
    method: 'templates.email_templates.update', operation: 'post /templates/email/update',
    call: (b) => b.templates.email_templates.update({
      email_template_id: 'et-31f0c9a2', template_name: 'order_confirmation', subject: 'Your order is confirmed', body: '<h1>Thank you!</h1>',
    }),
  },
  // Transactional
  {
    method: 'transactional.v1.campaigns.send', operation: 'post /transactional/v1/campaigns/{campaign_id}/send',
    // The peer's type makes `recipient` an array of recipients, so it can only send an array.
    call: (b) => b.transactional.v1.campaigns.send(campaignId, {
      external_send_id: 'order-55120-receipt',
      trigger_properties: { order_total: '64.00' },
      recipient: [{ external_user_id: 'user-8812', attributes: { last_order_id: '55120' } }],
    }),
    peerMistake: {
      violation: /"recipient"\].*must be object|recipient must be object/,
      why: 'Braze\'s transactional send page makes `recipient` a required object naming one user (a single ' +
        '`external_user_id` or `user_alias`, plus optional `attributes`); the endpoint is 1:1 by design, so an array is wrong.',
    },
  },
  // Users
  {
    method: 'users.alias.new', operation: 'post /users/alias/new',
    call: (b) => b.users.alias.new({ user_aliases: [{ ...alias, external_id: 'user-8812' }, { alias_name: 'anon-77', alias_label: 'web_session' }] }),
  },
  {
    method: 'users.alias.update', operation: 'post /users/alias/update',
    call: (b) => b.users.alias.update({ alias_updates: [{ alias_label: 'crm_id', old_alias_name: 'loyalty-4471', new_alias_name: 'loyalty-4471-v2' }] }),
  },
  { method: 'users.delete', operation: 'post /users/delete', call: (b) => b.users.delete({ external_ids: ['user-0001'], user_aliases: [alias] }) },
  {
    method: 'users.export.global_control_group', operation: 'post /users/export/global_control_group',
    call: (b) => b.users.export.global_control_group({ callback_endpoint: 'https://hooks.example.com/braze-export', fields_to_export: ['email', 'braze_id'], output_format: 'gzip' }),
  },
  {
    method: 'users.export.ids', operation: 'post /users/export/ids',
    call: (b) => b.users.export.ids({ external_ids: ['user-8812'], user_aliases: [alias], fields_to_export: ['first_name', 'email', 'custom_attributes'] }),
  },
  {
    method: 'users.export.segment', operation: 'post /users/export/segment',
    call: (b) => b.users.export.segment({ segment_id: segmentId, fields_to_export: ['external_id', 'email', 'country'], output_format: 'zip' }),
  },
  { method: 'users.external_ids.remove', operation: 'post /users/external_ids/remove', call: (b) => b.users.external_ids.remove({ external_ids: ['legacy-8812'] }) },
  {
    method: 'users.external_ids.rename', operation: 'post /users/external_ids/rename',
    call: (b) => b.users.external_ids.rename({ external_id_renames: [{ current_external_id: 'legacy-8812', new_external_id: 'user-8812' }] }),
  },
  {
    method: 'users.identify', operation: 'post /users/identify',
    call: (b) => b.users.identify({
      aliases_to_identify: [{ external_id: 'user-8812', user_alias: alias }],
      emails_to_identify: [{ external_id: 'user-9020', email: 'trail.runner@example.com', prioritization: ['unidentified', 'most_recently_updated'] }],
    }),
  },
  {
    method: 'users.merge', operation: 'post /users/merge',
    call: (b) => b.users.merge({ merge_updates: [{ identifier_to_merge: { external_id: 'dup-8812' }, identifier_to_keep: { user_alias: alias } }] }),
  },
  {
    method: 'users.track', operation: 'post /users/track',
    call: (b) => b.users.track({
      attributes: [{ external_id: 'user-8812', first_name: 'Ana', email: 'ana@example.com', email_subscribe: 'opted_in', favourite_trail: 'Sintra loop', hikes_completed: { inc: 1 } }],
      events: [{ external_id: 'user-8812', app_id: 'e3b0c442-98fc-4c14-9afb-f4c8996fb924', name: 'completed_hike', time: '2024-06-02T09:15:00Z', properties: { distance_km: 12.4 } }],
      purchases: [{ user_alias: alias, product_id: 'tent-2p', currency: 'EUR', price: 249.9, quantity: 1, time: '2024-06-02T10:00:00Z', properties: { colour: 'green' } }],
    }, true),
  },
  // v2
  {
    method: 'v2.subscription.status.set', operation: 'post /v2/subscription/status/set',
    call: (b) => b.v2.subscription.status.set({
      subscription_groups: [{ subscription_group_id: groupId, subscription_state: 'subscribed', external_ids: ['user-8812', 'user-9020'] }],
    }),
  },

  // --- Variants: the rest of the peer's documented input surface --------------------------------------
  { method: 'campaigns.list', variant: 'no parameters', operation: 'get /campaigns/list', call: (b) => b.campaigns.list() },
  { method: 'canvas.list', variant: 'no parameters', operation: 'get /canvas/list', call: (b) => b.canvas.list() },
  {
    method: 'canvas.list', variant: 'edited since', operation: 'get /canvas/list',
    call: (b) => b.canvas.list({ 'last_edit.time[gt]': '2024-05-01T12:00:00Z', page: 2 }),
  },
  { method: 'segments.list', variant: 'no parameters', operation: 'get /segments/list', call: (b) => b.segments.list() },
  { method: 'segments.analytics', variant: 'length only', operation: 'get /segments/data_series', call: (b) => b.segments.analytics({ segment_id: segmentId, length: 100 }) },
  {
    method: 'campaigns.trigger.send', variant: 'connected audience broadcast with attachments', operation: 'post /campaigns/trigger/send',
    call: (b) => b.campaigns.trigger.send({
      campaign_id: campaignId,
      send_id: 'summer_wave_1',
      broadcast: true,
      trigger_properties: { promo: 'SUMMER' },
      attachments: [{ file_name: 'summer-lookbook', url: 'https://cdn.example.com/lookbook.pdf' }],
      audience: {
        AND: [
          { custom_attribute: { custom_attribute_name: 'loyalty_tier', comparison: 'equals', value: 'gold' } },
          { email_subscription_status: { comparison: 'is', value: 'opted_in' } },
          { OR: [
            { push_subscription_status: { comparison: 'is_not', value: 'unsubscribed' } },
            { last_used_app: { comparison: 'after', value: '2024-01-01T00:00:00Z' } },
          ] },
        ],
      },
    }),
  },
  {
    method: 'campaigns.trigger.send', variant: 'recipient by email with prioritization', operation: 'post /campaigns/trigger/send',
    call: (b) => b.campaigns.trigger.send({
      campaign_id: campaignId,
      recipients: [{ email: 'ana@example.com', prioritization: ['identified', 'most_recently_updated'], attributes: { first_name: 'Ana' } }],
    }),
  },
  {
    method: 'canvas.trigger.send', variant: 'connected audience broadcast', operation: 'post /canvas/trigger/send',
    call: (b) => b.canvas.trigger.send({
      canvas_id: canvasId,
      broadcast: true,
      audience: { OR: [{ custom_attribute: { custom_attribute_name: 'hikes_completed', comparison: 'greater_than', value: 10 } }] },
      canvas_entry_properties: { badge: 'explorer' },
    }),
  },
  {
    method: 'canvas.trigger.send', variant: 'recipients with attributes', operation: 'post /canvas/trigger/send',
    call: (b) => b.canvas.trigger.send({
      canvas_id: canvasId,
      recipients: [{ external_user_id: 'user-8812', send_to_existing_only: false, attributes: { first_name: 'Ana', city_of_interest: 'Porto' } }],
    }),
  },
  { method: 'email.blacklist', variant: 'one address', operation: 'post /email/blacklist', call: (b) => b.email.blacklist({ email: 'complainer@example.org' }) },
  {
    method: 'email.bounce.remove', variant: 'several addresses', operation: 'post /email/bounce/remove',
    call: (b) => b.email.bounce.remove({ email: ['fixed.inbox@example.com', 'typo.fixed@example.com'] }),
  },
  { method: 'email.spam.remove', variant: 'one address', operation: 'post /email/spam/remove', call: (b) => b.email.spam.remove({ email: 'reconsidered@example.com' }) },
  {
    method: 'messages.send', variant: 'every channel to aliases', operation: 'post /messages/send',
    call: (b) => b.messages.send({
      user_aliases: [alias],
      send_id: 'multi_channel_1',
      override_frequency_capping: true,
      recipient_subscription_state: 'opted_in',
      messages: {
        apple_push: {
          alert: { title: 'Trail report', body: 'Fresh snow on the ridge.', title_loc_key: 'TRAIL_TITLE', loc_key: 'TRAIL_BODY', loc_args: ['ridge'] },
          sound: 'chime.caf', 'content-available': true, interruption_level: 'time-sensitive', relevance_score: 0.8,
          expiry: '2031-03-15T00:00:00Z', custom_uri: 'outdoorco://trail/ridge', message_variation_id: 'iosPush-1',
          notification_group_thread_id: 'trail-updates', asset_url: 'https://cdn.example.com/ridge.jpg', asset_file_type: 'jpg',
          collapse_id: 'trail-ridge', mutable_content: true, send_to_most_recent_device_only: true, category: 'trail_actions',
          buttons: [{ action_id: 'open', action: 'DEEP_LINK', uri: 'outdoorco://trail/ridge', use_webview: false }], apns_priority: 10,
        },
        android_push: {
          title: 'Trail report', alert: 'Fresh snow on the ridge.', message_variation_id: 'androidPush-1', notification_channel_id: 'trail_updates',
          android_priority: 'high', priority: 1, send_to_sync: false, collapse_key: 'trail', sound: 'chime', custom_uri: 'outdoorco://trail/ridge',
          summary_text: 'Ridge conditions', time_to_live: 3600, notification_id: 7, push_icon_image_url: 'https://cdn.example.com/icon.png',
          accent_color: 16746496, send_to_most_recent_device_only: false,
          buttons: [{ text: 'Open map', action: 'URI', uri: 'https://example.com/map', use_webview: true }],
          conversation_data: {
            shortcut_id: 'guide-chat', reply_person_id: 'guide',
            messages: [{ text: 'Snow chains recommended.', timestamp: 1717320000, person_id: 'guide' }],
            persons: [{ id: 'guide', name: 'Trail guide' }],
          },
        },
        web_push: { title: 'Trail report', alert: 'Fresh snow on the ridge.', custom_uri: 'https://example.com/ridge', require_interaction: true },
        kindle_push: { title: 'Trail report', alert: 'Fresh snow on the ridge.' },
        windows_phone8_push: { push_type: 'toast', toast_title: 'Trail report', toast_content: 'Fresh snow on the ridge.' },
        windows_universal_push: { push_type: 'toast_text_01', toast_text: ['Fresh snow on the ridge.'] },
        email: {
          app_id: 'e3b0c442-98fc-4c14-9afb-f4c8996fb924', from: 'Outdoor Co <news@example.com>', reply_to: 'help@example.com', bcc: 'archive@example.com',
          subject: 'Trail report', email_template_id: 'et-31f0c9a2', preheader: 'Conditions this week', message_variation_id: 'email-1',
          extras: { campaign_area: 'alps' }, headers: { 'X-Campaign': 'trail-report' }, should_inline_css: true,
          attachments: [{ file_name: 'map', url: 'https://cdn.example.com/map.pdf' }],
        },
        webhook: { url: 'https://hooks.example.com/trail', request_method: 'POST', request_headers: { 'X-Source': 'braze' }, body: 'ridge=snow' },
        content_card: { type: 'CLASSIC', title: 'Trail report', description: 'Fresh snow on the ridge.', pinned: false },
        sms: { subscription_group_id: groupId, body: 'Fresh snow on the ridge.', app_id: 'e3b0c442-98fc-4c14-9afb-f4c8996fb924' },
      },
    }),
  },
  {
    method: 'messages.send', variant: 'segment broadcast', operation: 'post /messages/send',
    call: (b) => b.messages.send({ broadcast: true, segment_id: segmentId, messages: { android_push: { title: 'Weekend', alert: 'Two-for-one rentals.' } } }),
  },
  {
    method: 'messages.schedule.create', variant: 'segment at optimal time', operation: 'post /messages/schedule/create',
    call: (b) => b.messages.schedule.create({
      broadcast: true, segment_id: segmentId, override_messaging_limits: false, send_id: 'weekly_digest',
      messages: { email: { app_id: 'e3b0c442-98fc-4c14-9afb-f4c8996fb924', from: 'Outdoor Co <news@example.com>', email_template_id: 'et-31f0c9a2' } },
      schedule: { time: futureTime, at_optimal_time: true },
    }),
  },
  {
    method: 'messages.schedule.update', variant: 'time only', operation: 'post /messages/schedule/update',
    call: (b) => b.messages.schedule.update({ schedule_id: scheduleId, schedule: { time: futureTime, in_local_time: true } }),
  },
  { method: 'sends.id.create', variant: 'no send_id', operation: 'post /sends/id/create', call: (b) => b.sends.id.create({ campaign_id: campaignId }) },
  {
    method: 'subscription.status.get', variant: 'one email', operation: 'get /subscription/status/get',
    call: (b) => b.subscription.status.get({ subscription_group_id: groupId, email: 'hiker@example.com' }),
  },
  {
    method: 'subscription.status.get', variant: 'several phones', operation: 'get /subscription/status/get',
    call: (b) => b.subscription.status.get({ subscription_group_id: groupId, phone: ['+351912345678', '+14155550123'] }),
  },
  {
    method: 'subscription.status.get', variant: 'one external ID', operation: 'get /subscription/status/get',
    call: (b) => b.subscription.status.get({ subscription_group_id: groupId, external_id: 'user-8812' }),
  },
  {
    method: 'subscription.user.status', variant: 'one user by external ID and email', operation: 'get /subscription/user/status',
    call: (b) => b.subscription.user.status({ external_id: 'user-8812', email: 'hiker@example.com', limit: 100, offset: 1 }),
  },
  {
    method: 'subscription.user.status', variant: 'by phone', operation: 'get /subscription/user/status',
    call: (b) => b.subscription.user.status({ external_id: 'user-8812', phone: '+14155550123' }),
  },
  {
    method: 'subscription.user.status', variant: 'several emails', operation: 'get /subscription/user/status',
    call: (b) => b.subscription.user.status({ email: ['hiker@example.com', 'climber@example.com'] }),
  },
  {
    method: 'subscription.status.set', variant: 'SMS group by phone', operation: 'post /subscription/status/set',
    call: (b) => b.subscription.status.set({ subscription_group_id: groupId, subscription_state: 'subscribed', external_id: ['user-8812'], phone: ['+14155550123'] }),
  },
  { method: 'templates.content_blocks.list', variant: 'no parameters', operation: 'get /content_blocks/list', call: (b) => b.templates.content_blocks.list({}) },
  { method: 'templates.content_blocks.get', variant: 'without inclusion data', operation: 'get /content_blocks/info', call: (b) => b.templates.content_blocks.get({ content_block_id: 'cb-5e1d2f7a' }) },
  { method: 'templates.email_templates.list', variant: 'no parameters', operation: 'get /templates/email/list', call: (b) => b.templates.email_templates.list({}) },
  {
    method: 'templates.content_blocks.create', variant: 'minimal', operation: 'post /content_blocks/create',
    call: (b) => b.templates.content_blocks.create({ name: 'promo_banner', content: 'Free shipping over 50 EUR' }),
  },
  {
    method: 'templates.email_templates.update', variant: 'every field', operation: 'post /templates/email/update',
    call: (b) => b.templates.email_templates.update({
      email_template_id: 'et-31f0c9a2', template_name: 'order_confirmation_v2', subject: 'Order confirmed', body: '<h1>Confirmed</h1>',
      plaintext_body: 'Confirmed', preheader: 'See what is coming', tags: ['transactional'], should_inline_css: false,
    }),
  },
  {
    method: 'transactional.v1.campaigns.send', variant: 'recipient by alias', operation: 'post /transactional/v1/campaigns/{campaign_id}/send',
    call: (b) => b.transactional.v1.campaigns.send(campaignId, { recipient: [{ user_alias: alias }] }),
    peerMistake: { violation: /recipient/, why: 'As above: `recipient` is one object, never an array.' },
  },
  { method: 'users.delete', variant: 'by Braze ID', operation: 'post /users/delete', call: (b) => b.users.delete({ braze_ids: ['65f1c2d3e4a5b6c7d8e9f0a1'] }) },
  {
    method: 'users.export.ids', variant: 'by device ID', operation: 'post /users/export/ids',
    call: (b) => b.users.export.ids({ device_id: 'A1B2C3D4-0000-4E5F-9A8B-7C6D5E4F3A2B', fields_to_export: ['devices', 'push_tokens'] }),
  },
  { method: 'users.export.ids', variant: 'by Braze ID', operation: 'post /users/export/ids', call: (b) => b.users.export.ids({ braze_id: '65f1c2d3e4a5b6c7d8e9f0a1' }) },
  { method: 'users.export.ids', variant: 'by email address', operation: 'post /users/export/ids', call: (b) => b.users.export.ids({ email_address: 'ana@example.com', fields_to_export: ['external_id'] }) },
  { method: 'users.export.ids', variant: 'by phone', operation: 'post /users/export/ids', call: (b) => b.users.export.ids({ phone: '+14155550123' }) },
  {
    method: 'users.export.segment', variant: 'every field', operation: 'post /users/export/segment',
    call: (b) => b.users.export.segment({
      segment_id: segmentId, callback_endpoint: 'https://hooks.example.com/export-done',
      fields_to_export: ['apps', 'attributed_campaign', 'attributed_source', 'attributed_adgroup', 'attributed_ad', 'braze_id', 'country', 'created_at',
        'custom_attributes', 'custom_events', 'devices', 'dob', 'email', 'email_subscribe', 'external_id', 'first_name', 'gender', 'home_city', 'language',
        'last_coordinates', 'last_name', 'phone', 'purchases', 'push_subscribe', 'push_tokens', 'random_bucket', 'time_zone', 'total_revenue',
        'uninstalled_at', 'user_aliases'],
    }),
  },
  {
    method: 'users.identify', variant: 'by phone number', operation: 'post /users/identify',
    call: (b) => b.users.identify({ phone_numbers_to_identify: [{ external_id: 'user-9020', phone: '+14155550123', prioritization: ['most_recently_updated'] }] }),
  },
  {
    method: 'users.merge', variant: 'alias into external ID', operation: 'post /users/merge',
    call: (b) => b.users.merge({ merge_updates: [{ identifier_to_merge: { user_alias: alias }, identifier_to_keep: { external_id: 'user-8812' } }] }),
  },
  {
    method: 'users.track', variant: 'every standard profile field, not bulk', operation: 'post /users/track',
    call: (b) => b.users.track({
      attributes: [{
        external_id: 'user-8812', _update_existing_only: true, country: 'PT', current_location: { longitude: -9.14, latitude: 38.72 },
        date_of_first_session: '2023-02-01T08:00:00Z', date_of_last_session: '2024-06-01T19:30:00Z', dob: '1990-04-12', email: 'ana@example.com',
        email_subscribe: 'subscribed', email_open_tracking_disabled: false, email_click_tracking_disabled: false,
        first_name: 'Ana', last_name: 'Silva', gender: 'F', home_city: 'Lisbon', language: 'pt', marked_email_as_spam_at: '2024-01-05T10:00:00Z',
        phone: '+351912345678', push_subscribe: 'opted_in', time_zone: 'Europe/Lisbon',
        favourite_trails: ['Sintra loop', 'Arrábida ridge'], member_since: { $time: '2021-09-01T00:00:00Z' },
      }, { user_alias: alias, gender: null, first_name: 'Guest' }, { braze_id: '65f1c2d3e4a5b6c7d8e9f0a1', push_token_import: true, push_tokens: [{ app_id: 'e3b0c442-98fc-4c14-9afb-f4c8996fb924', token: 'abcd1234', device_id: 'dev-1' }] }],
      events: [{ braze_id: '65f1c2d3e4a5b6c7d8e9f0a1', name: 'viewed_map', time: '2024-06-02T09:20:00+01:00', _update_existing_only: false }],
      purchases: [{ external_id: 'user-8812', product_id: 'stove', currency: 'USD', price: 39.99, time: '2024-06-02T09:25:00Z' }],
    }),
  },
  {
    method: 'users.track', variant: 'twitter handle as a string', operation: 'post /users/track',
    // The peer types `twitter` (and `facebook`) as strings, so a caller following its types sends a bare handle.
    call: (b) => b.users.track({ attributes: [{ external_id: 'user-8812', twitter: 'ana_outdoors' }] }),
    peerMistake: {
      violation: /attributes\.0\.twitter/,
      why: 'Braze\'s user attributes object documents `twitter` as a hash of `id`, `screen_name`, `followers_count`, ' +
        '`friends_count` and `statuses_count`, not a string; the handle goes in `screen_name`.',
    },
  },
  {
    method: 'users.track', variant: 'facebook ID as a string', operation: 'post /users/track',
    call: (b) => b.users.track({ attributes: [{ external_id: 'user-8812', facebook: 'fb-1234567' }] }),
    peerMistake: {
      violation: /attributes\.0\.facebook/,
      why: 'Braze\'s user attributes object documents `facebook` as a hash of `id`, `likes` and `num_friends`, not a string.',
    },
  },
  {
    method: 'templates.content_blocks.create', variant: 'blank name and content', operation: 'post /content_blocks/create',
    // The peer's types accept empty strings, and callers filling a form may send them.
    call: (b) => b.templates.content_blocks.create({ name: '', content: '' }),
    peerMistake: {
      violation: /"name"\].*pattern|"content"\].*minLength/,
      why: 'Braze\'s Content Block pages list "Content Block name cannot be blank" and "Content cannot be blank" among ' +
        'the errors, and names may only use letters, digits, `-` and `_`.',
    },
  },
  {
    method: 'v2.subscription.status.set', variant: 'by email', operation: 'post /v2/subscription/status/set',
    call: (b) => b.v2.subscription.status.set({
      subscription_groups: [{ subscription_group_id: groupId, subscription_state: 'unsubscribed', emails: ['hiker@example.com', 'climber@example.com'] }],
    }),
  },
  {
    method: 'v2.subscription.status.set', variant: 'by phone', operation: 'post /v2/subscription/status/set',
    call: (b) => b.v2.subscription.status.set({
      subscription_groups: [{ subscription_group_id: groupId, subscription_state: 'subscribed', phones: ['+14155550123'] }],
    }),
  },
  {
    method: 'messages.send', variant: 'localised alert, email body, audience', operation: 'post /messages/send',
    call: (b) => b.messages.send({
      external_user_ids: ['user-8812'],
      audience: { AND: [{ custom_attribute: { custom_attribute_name: 'member_since', comparison: 'greater_than_x_days_ago', value: 30 } }] },
      recipient_subscription_state: 'all',
      messages: {
        apple_push: { alert: { body: 'Reminder', title_loc_args: ['Ana'], action_loc_key: 'VIEW', sound: 'bell.caf' } },
        android_push: { title: 'Reminder', alert: 'Your rental ends tomorrow.' },
        email: { app_id: 'e3b0c442-98fc-4c14-9afb-f4c8996fb924', from: 'Outdoor Co <news@example.com>', body: '<p>Return by 6pm.</p>', plaintext_body: 'Return by 6pm.' },
      },
    }),
  },
  {
    method: 'messages.schedule.update', variant: 'messages only', operation: 'post /messages/schedule/update',
    call: (b) => b.messages.schedule.update({ schedule_id: scheduleId, messages: { android_push: { title: 'Moved', alert: 'The sale starts Saturday.' } } }),
  },
  {
    method: 'campaigns.trigger.schedule.create', variant: 'broadcast to an audience at optimal time', operation: 'post /campaigns/trigger/schedule/create',
    call: (b) => b.campaigns.trigger.schedule.create({
      campaign_id: campaignId, broadcast: true, send_id: 'weekly_tips',
      audience: { AND: [{ custom_attribute: { custom_attribute_name: 'favourite_sport', comparison: 'equals', value: 'climbing' } }] },
      trigger_properties: { tip_of_the_week: 'knots' },
      schedule: { time: futureTime, at_optimal_time: true },
    }),
  },
  {
    method: 'campaigns.trigger.send', variant: 'recipients by alias with prioritization', operation: 'post /campaigns/trigger/send',
    call: (b) => b.campaigns.trigger.send({ campaign_id: campaignId, recipients: [{ user_alias: alias, prioritization: ['unidentified'] }] }),
  },
  {
    method: 'canvas.trigger.schedule.create', variant: 'broadcast to an audience', operation: 'post /canvas/trigger/schedule/create',
    call: (b) => b.canvas.trigger.schedule.create({
      canvas_id: canvasId, broadcast: true,
      audience: { OR: [{ email_subscription_status: { comparison: 'is', value: 'subscribed' } }] },
      schedule: { time: futureTime, in_local_time: true },
    }),
  },
  { method: 'users.export.global_control_group', variant: 'fields only', operation: 'post /users/export/global_control_group', call: (b) => b.users.export.global_control_group({ fields_to_export: ['external_id'] }) },
  { method: 'users.export.ids', variant: 'by aliases', operation: 'post /users/export/ids', call: (b) => b.users.export.ids({ user_aliases: [alias] }) },
  {
    method: 'templates.content_blocks.update', variant: 'rename and retag', operation: 'post /content_blocks/update',
    call: (b) => b.templates.content_blocks.update({ content_block_id: 'cb-5e1d2f7a', name: 'footer_legal_v2', description: 'Updated footer', tags: ['legal', 'footer'] }),
  },
  {
    method: 'templates.email_templates.create', variant: 'minimal', operation: 'post /templates/email/create',
    call: (b) => b.templates.email_templates.create({ template_name: 'welcome', subject: 'Welcome aboard', body: '<p>Hello!</p>' }),
  },
  { method: 'users.alias.new', variant: 'alias only', operation: 'post /users/alias/new', call: (b) => b.users.alias.new({ user_aliases: [{ alias_name: 'kiosk-12', alias_label: 'store_kiosk' }] }) },
  {
    method: 'users.track', variant: 'identified by email and phone, subscription groups', operation: 'post /users/track',
    call: (b) => b.users.track({
      attributes: [
        { email: 'walker@example.com', gender: 'P', newsletter_topics: ['gear', 'routes'], subscription_groups: [{ subscription_group_id: groupId, subscription_state: 'subscribed' }] },
        { phone: '+14155550123', gender: 'O', sms_opt_in_source: 'kiosk' },
        { user_alias: alias, _update_existing_only: false, email: 'alias.only@example.com' },
      ],
      events: [{ user_alias: alias, app_id: 'e3b0c442-98fc-4c14-9afb-f4c8996fb924', name: 'rented_kayak', time: '2024-07-01T08:00:00Z', properties: { hours: 3, extras: { paddle: 'carbon' } } }],
      purchases: [{ braze_id: '65f1c2d3e4a5b6c7d8e9f0a1', app_id: 'e3b0c442-98fc-4c14-9afb-f4c8996fb924', product_id: 'kayak-rental', currency: 'EUR', price: 45, quantity: 2, time: '2024-07-01T08:05:00Z', _update_existing_only: true }],
    }),
  },
  {
    method: 'subscription.user.status', variant: 'several phones', operation: 'get /subscription/user/status',
    call: (b) => b.subscription.user.status({ phone: ['+14155550123', '+14155550124'], limit: 10 }),
  },
  {
    method: 'subscription.status.get', variant: 'several emails', operation: 'get /subscription/status/get',
    call: (b) => b.subscription.status.get({ subscription_group_id: groupId, email: ['hiker@example.com', 'climber@example.com'] }),
  },
  {
    method: 'users.merge', variant: 'two merges', operation: 'post /users/merge',
    call: (b) => b.users.merge({ merge_updates: [
      { identifier_to_merge: { external_id: 'old-1' }, identifier_to_keep: { external_id: 'new-1' } },
      { identifier_to_merge: { user_alias: { alias_name: 'anon-77', alias_label: 'web_session' } }, identifier_to_keep: { user_alias: alias } },
    ] }),
  },
  {
    method: 'canvas.trigger.send', variant: 'recipients with trigger properties', operation: 'post /canvas/trigger/send',
    call: (b) => b.canvas.trigger.send({ canvas_id: canvasId, recipients: [{ external_user_id: 'user-8812', trigger_properties: { legacy_prop: 'x' } }] }),
  },
  {
    method: 'campaigns.trigger.send', variant: 'recipient with Canvas entry properties', operation: 'post /campaigns/trigger/send',
    call: (b) => b.campaigns.trigger.send({ campaign_id: campaignId, recipients: [{ external_user_id: 'user-8812', canvas_entry_properties: { unused: true } }] }),
  },
  {
    method: 'catalogs.synchronous.items', variant: 'every page', operation: 'get /catalogs/{catalog_name}/items',
    call: async (b) => {
      const all: unknown[] = [];
      for await (const item of b.catalogs.synchronous.items({ catalog_name: 'restaurants' })) all.push(item);
      return all;
    },
    pages: 2,
  },
];

// ---------------------------------------------------------------------------------------------------------

let tmp: string;
let prism: PrismMock;
let recorder: Awaited<ReturnType<typeof startRecorder>>;
let doc: Json;
let braze: Braze;

beforeAll(async () => {
  tmp = mkdtempSync(join(tmpdir(), 'peer-braze-api-'));
  const bundled = join(tmp, 'bundle.json');
  execFileSync(join(ROOT, 'node_modules/.bin/redocly'), ['bundle', join(ROOT, 'spec/openapi.yaml'), '-o', bundled], { stdio: 'pipe' });
  doc = JSON.parse(readFileSync(bundled, 'utf8')) as Json;
  prism = await startPrism(bundled);
  // Prism cannot invent a real `Link` header, so the first page of catalog items gets one in the form Braze's page
  // documents (a path relative to the REST host, with a `cursor`); the second page has none, so a paging client
  // makes exactly one follow-up request, which Prism validates like any other.
  recorder = await startRecorder(prism.baseUrl, (url): Record<string, string> =>
    /^\/catalogs\/[^/]+\/items$/.test(url.pathname) && !url.searchParams.has('cursor')
      ? { link: `<${url.pathname}?cursor=c2tpcDoxMDA%3D>; rel="next"` }
      : {});
  braze = new Braze(recorder.url, API_KEY);
}, 180_000);

afterAll(async () => {
  await recorder?.stop();
  await prism?.stop();
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

/** Every function reachable on a `Braze` instance, as dotted paths. */
function peerMethods(node: unknown, prefix = ''): string[] {
  const out: string[] = [];
  for (const [k, v] of Object.entries(node as Json)) {
    if (typeof v === 'function') out.push(prefix + k);
    else if (v && typeof v === 'object') out.push(...peerMethods(v, `${prefix}${k}.`));
  }
  return out;
}

/** The spec operation (`get /a/{b}`) whose path template matches a concrete request. */
function matchOperation(method: string, path: string): { key: string; params: Json[] } | undefined {
  for (const [template, item] of Object.entries(doc.paths as Json)) {
    const re = new RegExp(`^${template.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\{[^}]+\}/g, '[^/]+')}$`);
    const op = (item as Json)[method.toLowerCase()] as Json | undefined;
    if (!re.test(path) || !op) continue;
    const params = [...(((item as Json).parameters as Json[]) ?? []), ...((op.parameters as Json[]) ?? [])].map((p) => deref(p));
    return { key: `${method.toLowerCase()} ${template}`, params };
  }
  return undefined;
}

function deref(node: Json): Json {
  let n = node;
  for (let i = 0; typeof n.$ref === 'string' && i < 10; i++) {
    n = (n.$ref as string).slice(2).split('/').reduce<unknown>((o, k) => (o as Json)[k], doc) as Json;
  }
  return n;
}

/** Calls one peer method and returns the exchanges it caused (the peer's own result or error is kept too). */
async function run(c: PeerCase): Promise<{ exchanges: Exchange[]; error: unknown }> {
  const before = recorder.log.length;
  let error: unknown;
  try {
    await c.call(braze);
  } catch (e) {
    error = e;
  }
  return { exchanges: recorder.log.slice(before), error };
}

function describeExchange(x: Exchange): string {
  return `${x.method} ${x.path}${x.query.length ? `?${new URLSearchParams(x.query).toString()}` : ''} -> ${x.status}\n` +
    `violations: ${x.violations ?? 'none'}\nrequest: ${x.body}\nresponse: ${x.responseBody.slice(0, 400)}`;
}

describe('braze-api peer client against our spec (Prism --errors)', () => {
  it('the case table covers every method the peer offers, once', () => {
    const offered = peerMethods(new Braze('https://rest.iad-01.braze.com', API_KEY)).sort();
    expect(offered.length).toBeGreaterThanOrEqual(50);
    expect(CASES.filter((c) => !c.variant).map((c) => c.method).sort()).toEqual(offered);
    for (const c of CASES) expect(offered).toContain(c.method);
  });

  it('Prism rejects a peer request that breaks the spec (so passing calls prove valid requests)', async () => {
    // `attributes` must be an array of attribute objects.
    const { exchanges } = await run({ method: 'users.track', operation: 'post /users/track', call: (b) => b.users.track({ attributes: 'not-an-array' } as never) });
    expect(exchanges).toHaveLength(1);
    expect(exchanges[0]?.status).toBeGreaterThanOrEqual(400);
    expect(exchanges[0]?.status).toBeLessThan(500);
    expect(exchanges[0]?.violations).toMatch(/attributes/);
  });

  it('Prism rejects a request without the Bearer key (so the peer\'s Authorization header is what passes)', async () => {
    const res = await fetch(`${prism.baseUrl}/segments/list`);
    expect(res.status).toBe(401);
  });

  it('base URL: the peer appends paths to the API URL verbatim, matching our server URL (host only, no base path)', async () => {
    const servers = doc.servers as { url: string; variables?: Record<string, { enum?: string[] }> }[];
    expect(servers.map((x) => x.url)).toEqual(['https://{host}']);
    // Every REST endpoint the peer's README lists is one of our server hosts.
    const readme = readFileSync(join(ROOT, 'node_modules/braze-api/README.md'), 'utf8');
    const hosts = [...readme.matchAll(/https:\/\/(rest\.[a-z0-9.-]+)/g)].map((m) => m[1]);
    expect(hosts.length).toBeGreaterThan(0);
    for (const h of hosts) expect(servers[0]?.variables?.host?.enum).toContain(h);
    // The peer does not normalise a trailing slash: `https://host/` + `/segments/list` gives `//segments/list`,
    // which is no operation of ours (Prism answers 404). Callers must pass the endpoint without the slash.
    const before = recorder.log.length;
    await new Braze(`${recorder.url}/`, API_KEY).segments.list().catch(() => undefined);
    const [x] = recorder.log.slice(before);
    expect(x?.path).toBe('//segments/list');
    expect(x?.status).toBe(404);
  });

  it.each(CASES.map((c) => [c.variant ? `${c.method} (${c.variant})` : c.method, c] as const))('%s', async (_, c) => {
    const { exchanges, error } = await run(c);
    expect(exchanges.length, `requests that reached Prism (${String(error)})`).toBe(c.pages ?? 1);
    const first = exchanges[0] as Exchange;
    const info = describeExchange(first);

    // Base URL handling: the peer appends the documented path to the API URL as given.
    const op = matchOperation(first.method, first.path);
    expect(op?.key, info).toBe(c.operation);
    // Auth: `Authorization: Bearer <key>`, the spec's `http`/`bearer` scheme.
    expect(first.headers.authorization, info).toBe(`Bearer ${API_KEY}`);
    // Query serialisation: every name the peer sends must be a declared query parameter.
    const declared = new Set(op?.params.filter((p) => p.in === 'query').map((p) => p.name as string));
    for (const [name] of first.query) expect(declared.has(name), `undeclared query parameter "${name}"\n${info}`).toBe(true);
    // Extra headers (`X-Braze-Bulk`) must be declared header parameters, which Prism would not check either.
    const declaredHeaders = new Set(op?.params.filter((p) => p.in === 'header').map((p) => (p.name as string).toLowerCase()));
    for (const name of Object.keys(first.headers).filter((h) => h.startsWith('x-'))) {
      expect(declaredHeaders.has(name), `undeclared header "${name}"\n${info}`).toBe(true);
    }
    if (first.body !== '') expect(first.headers['content-type'], info).toMatch(/^application\/json/);

    if (c.peerMistake) {
      // The peer sends something Braze's docs do not allow; the spec must keep rejecting it.
      expect(first.status, info).toBeGreaterThanOrEqual(400);
      expect(first.status, info).toBeLessThan(500);
      expect(first.violations, info).toMatch(c.peerMistake.violation);
      return;
    }
    for (const x of exchanges) {
      expect(matchOperation(x.method, x.path)?.key, describeExchange(x)).toBe(c.operation);
      expect(x.headers.authorization, describeExchange(x)).toBe(`Bearer ${API_KEY}`);
      for (const [name] of x.query) expect(declared.has(name), `undeclared query parameter "${name}"\n${describeExchange(x)}`).toBe(true);
      expect(x.violations, describeExchange(x)).toBeUndefined();
      expect(x.status, describeExchange(x)).toBeGreaterThanOrEqual(200);
      expect(x.status, describeExchange(x)).toBeLessThan(300);
    }
    expect(error, info).toBeUndefined();
  });
});
