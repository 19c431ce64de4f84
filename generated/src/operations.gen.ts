// This file is generated: do not edit it by hand.
// Source: spec/openapi.yaml
// Regenerate: npm run generate

import type { operations } from './schema.gen.js';
import { paginate as $paginate, request as $request, type ClientFor, type ItemOf, type OperationDescriptor, type OperationInput, type RequestOptions, type ResultOf } from './runtime/index.js';
/** The input of `appsList`: parameters and body fields in one object. */
export type AppsListInput = OperationInput<operations['appsList']>;
/** The success response body of `appsList`. */
export type AppsListResponse = operations['appsList']['responses'][200]['content']['application/json'];
const $appsList: OperationDescriptor = { id: 'appsList', method: 'GET', path: '/app_group/apps', permissions: ['apps.get'] };

/**
 * List workspace apps
 *
 * Returns the apps of the workspace the API key belongs to, each with its name and its app identifier (the `api_key` that other endpoints take as `app_id`). Takes no parameters. Limited to 100 requests per day; a workspace without the feature enabled gets a 403.
 *
 * `GET /app_group/apps`
 * Permission: `apps.get`.
 * Rate limit: 100 requests per day.
 * Early access: the endpoint may change.
 *
 * @see https://www.braze.com/docs/get_app_group_apps/
 *
 * @operation braze-rest-client appsList
 */
export function appsList<O extends RequestOptions = {}, P extends string = 'apps.get'>(client: ClientFor<P, 'apps.get'>, input?: AppsListInput, options?: O): ResultOf<AppsListResponse, O> {
  return $request(client as never, $appsList, input, options) as ResultOf<AppsListResponse, O>;
}

/** The input of `appsPushCredentialUpdate`: parameters and body fields in one object. */
export type AppsPushCredentialUpdateInput = OperationInput<operations['appsPushCredentialUpdate'], 'other', 'application/json'>;
/** The success response body of `appsPushCredentialUpdate`. */
export type AppsPushCredentialUpdateResponse = operations['appsPushCredentialUpdate']['responses'][201]['content']['application/json'];
const $appsPushCredentialUpdate: OperationDescriptor = { id: 'appsPushCredentialUpdate', method: 'POST', path: '/apps/push_credential/update', permissions: ['apps.push_credential'], body: 'other' };

/**
 * Update push credentials
 *
 * Replaces the push credentials of one app for one push platform, without the dashboard. Send `app_id` and exactly one platform object: `apple` (an APNs `.p8` authentication key; `.p12` and `.pem` certificates are not accepted here), `firebase` (a Firebase Cloud Messaging service account), `huawei` (Huawei Mobile Services app ID and secret) or `kindle` (Amazon Device Messaging client ID and secret). Credential files travel as Base64 strings inside the JSON body.
 *
 * `POST /apps/push_credential/update`
 * Permission: `apps.push_credential`.
 *
 * @see https://www.braze.com/docs/api/endpoints/apps/post_update_push_credential/
 *
 * @operation braze-rest-client appsPushCredentialUpdate
 */
export function appsPushCredentialUpdate<O extends RequestOptions = {}, P extends string = 'apps.push_credential'>(client: ClientFor<P, 'apps.push_credential'>, input: AppsPushCredentialUpdateInput, options?: O): ResultOf<AppsPushCredentialUpdateResponse, O> {
  return $request(client as never, $appsPushCredentialUpdate, input, options) as ResultOf<AppsPushCredentialUpdateResponse, O>;
}

/** The input of `campaignsDataSeries`: parameters and body fields in one object. */
export type CampaignsDataSeriesInput = OperationInput<operations['campaignsDataSeries']>;
/** The success response body of `campaignsDataSeries`. */
export type CampaignsDataSeriesResponse = operations['campaignsDataSeries']['responses'][200]['content']['application/json'];
const $campaignsDataSeries: OperationDescriptor = { id: 'campaignsDataSeries', method: 'GET', path: '/campaigns/data_series', permissions: ['campaigns.data_series'], params: [{ name: 'campaign_id', in: 'query' }, { name: 'ending_at', in: 'query' }, { name: 'length', in: 'query' }] };

/**
 * Export campaign analytics
 *
 * Returns a daily series of a campaign's statistics: how many messages were sent, opened, clicked or converted, by channel and variation, plus conversions, revenue and unique recipients. Multivariate campaigns report conversions and revenue per variation.
 *
 * `GET /campaigns/data_series`
 * Permission: `campaigns.data_series`.
 * Rate limit: 50,000 requests per minute.
 *
 * @see https://www.braze.com/docs/api/endpoints/export/campaigns/get_campaign_analytics/
 *
 * @operation braze-rest-client campaignsDataSeries
 */
export function campaignsDataSeries<O extends RequestOptions = {}, P extends string = 'campaigns.data_series'>(client: ClientFor<P, 'campaigns.data_series'>, input: CampaignsDataSeriesInput, options?: O): ResultOf<CampaignsDataSeriesResponse, O> {
  return $request(client as never, $campaignsDataSeries, input, options) as ResultOf<CampaignsDataSeriesResponse, O>;
}

/** The input of `campaignsDetails`: parameters and body fields in one object. */
export type CampaignsDetailsInput = OperationInput<operations['campaignsDetails']>;
/** The success response body of `campaignsDetails`. */
export type CampaignsDetailsResponse = operations['campaignsDetails']['responses'][200]['content']['application/json'];
const $campaignsDetails: OperationDescriptor = { id: 'campaignsDetails', method: 'GET', path: '/campaigns/details', permissions: ['campaigns.details'], params: [{ name: 'campaign_id', in: 'query' }, { name: 'include_has_translatable_content', in: 'query' }, { name: 'post_launch_draft_version', in: 'query' }] };

/**
 * Export campaign details
 *
 * Returns the settings of one campaign: its status, schedule type, channels, tags and Teams, every message variation with its channel-specific content, and its conversion events in order. For Canvases use `/canvas/details`.
 *
 * `GET /campaigns/details`
 * Permission: `campaigns.details`.
 *
 * @see https://www.braze.com/docs/api/endpoints/export/campaigns/get_campaign_details/
 *
 * @operation braze-rest-client campaignsDetails
 */
export function campaignsDetails<O extends RequestOptions = {}, P extends string = 'campaigns.details'>(client: ClientFor<P, 'campaigns.details'>, input: CampaignsDetailsInput, options?: O): ResultOf<CampaignsDetailsResponse, O> {
  return $request(client as never, $campaignsDetails, input, options) as ResultOf<CampaignsDetailsResponse, O>;
}

/** The input of `campaignsDuplicate`: parameters and body fields in one object. */
export type CampaignsDuplicateInput = OperationInput<operations['campaignsDuplicate'], 'object', 'application/json'>;
/** The success response body of `campaignsDuplicate`. */
export type CampaignsDuplicateResponse = operations['campaignsDuplicate']['responses'][202]['content']['application/json'];
const $campaignsDuplicate: OperationDescriptor = { id: 'campaignsDuplicate', method: 'POST', path: '/campaigns/duplicate', permissions: ['campaigns.duplicate'], body: 'object' };

/**
 * Duplicate a campaign
 *
 * Copies a campaign, as duplicating it in the dashboard does, under a new name with an optional description and tags. The copy is created asynchronously; the security event report shows when campaigns were duplicated and by which API key.
 *
 * `POST /campaigns/duplicate`
 * Permission: `campaigns.duplicate`.
 * Rate limit: 100 requests per minute.
 *
 * @see https://www.braze.com/docs/api/endpoints/messaging/duplicate_messages/post_duplicate_campaigns/
 *
 * @operation braze-rest-client campaignsDuplicate
 */
export function campaignsDuplicate<O extends RequestOptions = {}, P extends string = 'campaigns.duplicate'>(client: ClientFor<P, 'campaigns.duplicate'>, input: CampaignsDuplicateInput, options?: O): ResultOf<CampaignsDuplicateResponse, O> {
  return $request(client as never, $campaignsDuplicate, input, options) as ResultOf<CampaignsDuplicateResponse, O>;
}

/** The input of `campaignsList`: parameters and body fields in one object. */
export type CampaignsListInput = OperationInput<operations['campaignsList']>;
/** The success response body of `campaignsList`. */
export type CampaignsListResponse = operations['campaignsList']['responses'][200]['content']['application/json'];
const $campaignsList: OperationDescriptor = { id: 'campaignsList', method: 'GET', path: '/campaigns/list', permissions: ['campaigns.list'], params: [{ name: 'include_archived', in: 'query' }, { name: 'last_edit.time[gt]', in: 'query' }, { name: 'page', in: 'query' }, { name: 'sort_direction', in: 'query' }] };

/**
 * Export the list of campaigns
 *
 * Lists campaigns with their name, API identifier, whether they are API campaigns, tags and last edit time, 100 per page, sorted by creation time (oldest first unless `sort_direction=desc`). Archived campaigns are left out unless `include_archived=true`.
 *
 * `GET /campaigns/list`
 * Permission: `campaigns.list`.
 *
 * @see https://www.braze.com/docs/api/endpoints/export/campaigns/get_campaigns/
 *
 * @operation braze-rest-client campaignsList
 */
export function campaignsList<O extends RequestOptions = {}, P extends string = 'campaigns.list'>(client: ClientFor<P, 'campaigns.list'>, input?: CampaignsListInput, options?: O): ResultOf<CampaignsListResponse, O> {
  return $request(client as never, $campaignsList, input, options) as ResultOf<CampaignsListResponse, O>;
}

/**
 * Export the list of campaigns: iterates every item of every page (`for await`).
 *
 * `GET /campaigns/list`
 * Permission: `campaigns.list`.
 *
 * @see https://www.braze.com/docs/api/endpoints/export/campaigns/get_campaigns/
 *
 * @operation braze-rest-client campaignsList
 */
export function campaignsListAll<P extends string = 'campaigns.list'>(client: ClientFor<P, 'campaigns.list'>, input?: CampaignsListInput, options?: RequestOptions): AsyncGenerator<ItemOf<CampaignsListResponse, 'campaigns'>, void, undefined> {
  return $paginate(client as never, $campaignsList, { style: 'page', items: 'campaigns', page: 'page', pageSize: 100 }, input, options);
}

/**
 * Export the list of campaigns: iterates every page, one response body each (`for await`).
 *
 * `GET /campaigns/list`
 * Permission: `campaigns.list`.
 *
 * @see https://www.braze.com/docs/api/endpoints/export/campaigns/get_campaigns/
 */
export function campaignsListPages<P extends string = 'campaigns.list'>(client: ClientFor<P, 'campaigns.list'>, input?: CampaignsListInput, options?: RequestOptions): AsyncGenerator<CampaignsListResponse, void, undefined> {
  return $paginate(client as never, $campaignsList, { style: 'page', items: 'campaigns', page: 'page', pageSize: 100 }, input, options, 1);
}

/** The input of `campaignsTranslationsGet`: parameters and body fields in one object. */
export type CampaignsTranslationsGetInput = OperationInput<operations['campaignsTranslationsGet']>;
/** The success response body of `campaignsTranslationsGet`. */
export type CampaignsTranslationsGetResponse = operations['campaignsTranslationsGet']['responses'][200]['content']['application/json'];
const $campaignsTranslationsGet: OperationDescriptor = { id: 'campaignsTranslationsGet', method: 'GET', path: '/campaigns/translations', permissions: ['campaigns.translations.get'], params: [{ name: 'campaign_id', in: 'query' }, { name: 'locale_id', in: 'query' }, { name: 'message_variation_id', in: 'query' }, { name: 'post_launch_draft_version', in: 'query' }] };

/**
 * View translations for a campaign
 *
 * Returns the translations of one message variation of a campaign, one entry per locale with its translation map. Pass `locale_id` to get (preview) a single locale instead of all of them. Only email, push and in-app message campaigns with multi-language support can be translated. Translation IDs are UUIDs found in the Multi-Language Support settings or in responses.
 *
 * `GET /campaigns/translations`
 * Permission: `campaigns.translations.get`.
 * Rate limit: 250,000 requests per minute.
 * Early access: the endpoint may change.
 *
 * @see https://www.braze.com/docs/api/endpoints/translations/campaigns/get_translation_campaign/
 *
 * @operation braze-rest-client campaignsTranslationsGet
 */
export function campaignsTranslationsGet<O extends RequestOptions = {}, P extends string = 'campaigns.translations.get'>(client: ClientFor<P, 'campaigns.translations.get'>, input: CampaignsTranslationsGetInput, options?: O): ResultOf<CampaignsTranslationsGetResponse, O> {
  return $request(client as never, $campaignsTranslationsGet, input, options) as ResultOf<CampaignsTranslationsGetResponse, O>;
}

/** The input of `campaignsTranslationsSource`: parameters and body fields in one object. */
export type CampaignsTranslationsSourceInput = OperationInput<operations['campaignsTranslationsSource']>;
/** The success response body of `campaignsTranslationsSource`. */
export type CampaignsTranslationsSourceResponse = operations['campaignsTranslationsSource']['responses'][200]['content']['application/json'];
const $campaignsTranslationsSource: OperationDescriptor = { id: 'campaignsTranslationsSource', method: 'GET', path: '/campaigns/translations/source', permissions: ['campaigns.translations.get'], params: [{ name: 'campaign_id', in: 'query' }, { name: 'locale_id', in: 'query' }, { name: 'message_variation_id', in: 'query' }, { name: 'post_launch_draft_version', in: 'query' }] };

/**
 * View source values of a campaign's translation tags
 *
 * Returns the default (source) text of every translation tag in a campaign's message variation, that is the text between `{% translation id_N %}` and `{% endtranslation %}`. Reads the live version unless `post_launch_draft_version` is `true`.
 *
 * `GET /campaigns/translations/source`
 * Permission: `campaigns.translations.get`.
 * Rate limit: 250,000 requests per minute.
 * Early access: the endpoint may change.
 *
 * @see https://www.braze.com/docs/api/endpoints/translations/campaigns/get_source_campaign/
 *
 * @operation braze-rest-client campaignsTranslationsSource
 */
export function campaignsTranslationsSource<O extends RequestOptions = {}, P extends string = 'campaigns.translations.get'>(client: ClientFor<P, 'campaigns.translations.get'>, input: CampaignsTranslationsSourceInput, options?: O): ResultOf<CampaignsTranslationsSourceResponse, O> {
  return $request(client as never, $campaignsTranslationsSource, input, options) as ResultOf<CampaignsTranslationsSourceResponse, O>;
}

/** The input of `campaignsTranslationsUpdate`: parameters and body fields in one object. */
export type CampaignsTranslationsUpdateInput = OperationInput<operations['campaignsTranslationsUpdate'], 'object', 'application/json'>;
/** The success response body of `campaignsTranslationsUpdate`. */
export type CampaignsTranslationsUpdateResponse = operations['campaignsTranslationsUpdate']['responses'][200]['content']['application/json'];
const $campaignsTranslationsUpdate: OperationDescriptor = { id: 'campaignsTranslationsUpdate', method: 'PUT', path: '/campaigns/translations', permissions: ['campaigns.translations.update'], body: 'object' };

/**
 * Update translations in a campaign
 *
 * Replaces the translations of one locale for a campaign's message variation. The translation map must cover every translation tag of the message (missing IDs are refused) and stay under 20 MB. To change the translations of a launched campaign, save it as a draft first.
 *
 * `PUT /campaigns/translations`
 * Permission: `campaigns.translations.update`.
 * Rate limit: 250,000 requests per minute.
 * Early access: the endpoint may change.
 *
 * @see https://www.braze.com/docs/api/endpoints/translations/campaigns/put_update_translation_campaign/
 *
 * @operation braze-rest-client campaignsTranslationsUpdate
 */
export function campaignsTranslationsUpdate<O extends RequestOptions = {}, P extends string = 'campaigns.translations.update'>(client: ClientFor<P, 'campaigns.translations.update'>, input: CampaignsTranslationsUpdateInput, options?: O): ResultOf<CampaignsTranslationsUpdateResponse, O> {
  return $request(client as never, $campaignsTranslationsUpdate, input, options) as ResultOf<CampaignsTranslationsUpdateResponse, O>;
}

/** The input of `campaignsTriggerScheduleCreate`: parameters and body fields in one object. */
export type CampaignsTriggerScheduleCreateInput = OperationInput<operations['campaignsTriggerScheduleCreate'], 'object', 'application/json'>;
/** The success response body of `campaignsTriggerScheduleCreate`. */
export type CampaignsTriggerScheduleCreateResponse = operations['campaignsTriggerScheduleCreate']['responses'][200]['content']['application/json'];
const $campaignsTriggerScheduleCreate: OperationDescriptor = { id: 'campaignsTriggerScheduleCreate', method: 'POST', path: '/campaigns/trigger/schedule/create', permissions: ['campaigns.trigger.schedule.create'], body: 'object' };

/**
 * Schedule an API-triggered campaign
 *
 * Schedules a send of an API-triggered campaign built in the dashboard. Targeting works as for `/campaigns/trigger/send`: `recipients` (only those in the campaign's segment receive it), a connected `audience`, or `broadcast: true` for the whole segment. `trigger_properties` are templated into the message; a recipient's own keys win. Keep the returned `schedule_id` to update or cancel the schedule.
 *
 * `POST /campaigns/trigger/schedule/create`
 * Permission: `campaigns.trigger.schedule.create`.
 * Rate limit: 250 requests per minute (shared: send-to-segment-or-audience).
 *
 * @see https://www.braze.com/docs/api/endpoints/messaging/schedule_messages/post_schedule_triggered_campaigns/
 *
 * @operation braze-rest-client campaignsTriggerScheduleCreate
 */
export function campaignsTriggerScheduleCreate<O extends RequestOptions = {}, P extends string = 'campaigns.trigger.schedule.create'>(client: ClientFor<P, 'campaigns.trigger.schedule.create'>, input: CampaignsTriggerScheduleCreateInput, options?: O): ResultOf<CampaignsTriggerScheduleCreateResponse, O> {
  return $request(client as never, $campaignsTriggerScheduleCreate, input, options) as ResultOf<CampaignsTriggerScheduleCreateResponse, O>;
}

/** The input of `campaignsTriggerScheduleDelete`: parameters and body fields in one object. */
export type CampaignsTriggerScheduleDeleteInput = OperationInput<operations['campaignsTriggerScheduleDelete'], 'object', 'application/json'>;
/** The success response body of `campaignsTriggerScheduleDelete`. */
export type CampaignsTriggerScheduleDeleteResponse = operations['campaignsTriggerScheduleDelete']['responses'][200]['content']['application/json'];
const $campaignsTriggerScheduleDelete: OperationDescriptor = { id: 'campaignsTriggerScheduleDelete', method: 'POST', path: '/campaigns/trigger/schedule/delete', permissions: ['campaigns.trigger.schedule.delete'], body: 'object' };

/**
 * Cancel a scheduled API-triggered campaign
 *
 * Cancels a scheduled send of an API-triggered campaign before it goes out. Cancellations made close to or during the send time are applied on a best-effort basis, so they may reach all, some or none of the targeted users.
 *
 * `POST /campaigns/trigger/schedule/delete`
 * Permission: `campaigns.trigger.schedule.delete`.
 *
 * @see https://www.braze.com/docs/api/endpoints/messaging/schedule_messages/post_delete_scheduled_triggered_messages/
 *
 * @operation braze-rest-client campaignsTriggerScheduleDelete
 */
export function campaignsTriggerScheduleDelete<O extends RequestOptions = {}, P extends string = 'campaigns.trigger.schedule.delete'>(client: ClientFor<P, 'campaigns.trigger.schedule.delete'>, input: CampaignsTriggerScheduleDeleteInput, options?: O): ResultOf<CampaignsTriggerScheduleDeleteResponse, O> {
  return $request(client as never, $campaignsTriggerScheduleDelete, input, options) as ResultOf<CampaignsTriggerScheduleDeleteResponse, O>;
}

/** The input of `campaignsTriggerScheduleUpdate`: parameters and body fields in one object. */
export type CampaignsTriggerScheduleUpdateInput = OperationInput<operations['campaignsTriggerScheduleUpdate'], 'object', 'application/json'>;
/** The success response body of `campaignsTriggerScheduleUpdate`. */
export type CampaignsTriggerScheduleUpdateResponse = operations['campaignsTriggerScheduleUpdate']['responses'][200]['content']['application/json'];
const $campaignsTriggerScheduleUpdate: OperationDescriptor = { id: 'campaignsTriggerScheduleUpdate', method: 'POST', path: '/campaigns/trigger/schedule/update', permissions: ['campaigns.trigger.schedule.update'], body: 'object' };

/**
 * Update a scheduled API-triggered campaign
 *
 * Replaces the schedule of an API-triggered campaign send. The new `schedule` overwrites the previous one entirely (leaving out `in_local_time` switches back to UTC). Updates made very close to the send time are applied on a best-effort basis, and are not applied if the original local-time schedule has already passed in any time zone.
 *
 * `POST /campaigns/trigger/schedule/update`
 * Permission: `campaigns.trigger.schedule.update`.
 *
 * @see https://www.braze.com/docs/api/endpoints/messaging/schedule_messages/post_update_scheduled_triggered_campaigns/
 *
 * @operation braze-rest-client campaignsTriggerScheduleUpdate
 */
export function campaignsTriggerScheduleUpdate<O extends RequestOptions = {}, P extends string = 'campaigns.trigger.schedule.update'>(client: ClientFor<P, 'campaigns.trigger.schedule.update'>, input: CampaignsTriggerScheduleUpdateInput, options?: O): ResultOf<CampaignsTriggerScheduleUpdateResponse, O> {
  return $request(client as never, $campaignsTriggerScheduleUpdate, input, options) as ResultOf<CampaignsTriggerScheduleUpdateResponse, O>;
}

/** The input of `campaignsTriggerSend`: parameters and body fields in one object. */
export type CampaignsTriggerSendInput = OperationInput<operations['campaignsTriggerSend'], 'object', 'application/json'>;
/** The success response body of `campaignsTriggerSend`. */
export type CampaignsTriggerSendResponse = operations['campaignsTriggerSend']['responses'][200]['content']['application/json'];
const $campaignsTriggerSend: OperationDescriptor = { id: 'campaignsTriggerSend', method: 'POST', path: '/campaigns/trigger/send', permissions: ['campaigns.trigger.send'], body: 'object' };

/**
 * Send an API-triggered campaign
 *
 * Triggers an API-triggered campaign built in the dashboard, so its content stays in Braze while the request decides when and to whom it goes. Send to up to 50 `recipients` (each with its own `trigger_properties` and optional `attributes`, written to the profile before sending), to a connected `audience`, or with `broadcast: true` to the campaign's whole segment. Request-level `trigger_properties` apply to everyone, and a recipient's own keys win. All users of one request share one `dispatch_id`. Segment sends are logged in the Developer Console.
 *
 * `POST /campaigns/trigger/send`
 * Permission: `campaigns.trigger.send`.
 * Rate limit: 250 requests per minute (shared: send-to-segment-or-audience).
 *
 * @see https://www.braze.com/docs/api/endpoints/messaging/send_messages/post_send_triggered_campaigns/
 *
 * @operation braze-rest-client campaignsTriggerSend
 */
export function campaignsTriggerSend<O extends RequestOptions = {}, P extends string = 'campaigns.trigger.send'>(client: ClientFor<P, 'campaigns.trigger.send'>, input: CampaignsTriggerSendInput, options?: O): ResultOf<CampaignsTriggerSendResponse, O> {
  return $request(client as never, $campaignsTriggerSend, input, options) as ResultOf<CampaignsTriggerSendResponse, O>;
}

/** The input of `campaignsUrlInfoDetails`: parameters and body fields in one object. */
export type CampaignsUrlInfoDetailsInput = OperationInput<operations['campaignsUrlInfoDetails']>;
/** The success response body of `campaignsUrlInfoDetails`. */
export type CampaignsUrlInfoDetailsResponse = operations['campaignsUrlInfoDetails']['responses'][200]['content']['application/json'];
const $campaignsUrlInfoDetails: OperationDescriptor = { id: 'campaignsUrlInfoDetails', method: 'GET', path: '/campaigns/url_info/details', permissions: ['campaigns.url_info.details'], params: [{ name: 'campaign_id', in: 'query' }, { name: 'includes_link_id', in: 'query' }, { name: 'message_variation_id', in: 'query' }] };

/**
 * List link aliases of a campaign message
 *
 * Returns the tracked links of one message variation of a campaign with the alias set on each; `includes_link_id` narrows the answer to one link. Only for workspaces with Link Aliasing enabled.
 *
 * `GET /campaigns/url_info/details`
 * Permission: `campaigns.url_info.details`.
 *
 * @see https://www.braze.com/docs/get_campaign_link_alias/
 *
 * @operation braze-rest-client campaignsUrlInfoDetails
 */
export function campaignsUrlInfoDetails<O extends RequestOptions = {}, P extends string = 'campaigns.url_info.details'>(client: ClientFor<P, 'campaigns.url_info.details'>, input: CampaignsUrlInfoDetailsInput, options?: O): ResultOf<CampaignsUrlInfoDetailsResponse, O> {
  return $request(client as never, $campaignsUrlInfoDetails, input, options) as ResultOf<CampaignsUrlInfoDetailsResponse, O>;
}

/** The input of `canvasDataSeries`: parameters and body fields in one object. */
export type CanvasDataSeriesInput = OperationInput<operations['canvasDataSeries']>;
/** The success response body of `canvasDataSeries`. */
export type CanvasDataSeriesResponse = operations['canvasDataSeries']['responses'][200]['content']['application/json'];
const $canvasDataSeries: OperationDescriptor = { id: 'canvasDataSeries', method: 'GET', path: '/canvas/data_series', permissions: ['canvas.data_series'], params: [{ name: 'canvas_id', in: 'query' }, { name: 'ending_at', in: 'query' }, { name: 'include_deleted_step_data', in: 'query' }, { name: 'include_step_breakdown', in: 'query' }, { name: 'include_variant_breakdown', in: 'query' }, { name: 'length', in: 'query' }, { name: 'starting_at', in: 'query' }] };

/**
 * Export Canvas data series analytics
 *
 * Returns a daily series of a Canvas's statistics (entries, conversions, revenue), optionally broken down by variant and by step with per-channel message counters. The period is `starting_at` to `ending_at`, or `length` days (at most 14) before `ending_at`. The counts need not match the dashboard's Canvas analytics or totals built from Currents events, which aggregate over different windows and definitions.
 *
 * `GET /canvas/data_series`
 * Permission: `canvas.data_series`.
 *
 * @see https://www.braze.com/docs/api/endpoints/export/canvas/get_canvas_analytics/
 *
 * @operation braze-rest-client canvasDataSeries
 */
export function canvasDataSeries<O extends RequestOptions = {}, P extends string = 'canvas.data_series'>(client: ClientFor<P, 'canvas.data_series'>, input: CanvasDataSeriesInput, options?: O): ResultOf<CanvasDataSeriesResponse, O> {
  return $request(client as never, $canvasDataSeries, input, options) as ResultOf<CanvasDataSeriesResponse, O>;
}

/** The input of `canvasDataSummary`: parameters and body fields in one object. */
export type CanvasDataSummaryInput = OperationInput<operations['canvasDataSummary']>;
/** The success response body of `canvasDataSummary`. */
export type CanvasDataSummaryResponse = operations['canvasDataSummary']['responses'][200]['content']['application/json'];
const $canvasDataSummary: OperationDescriptor = { id: 'canvasDataSummary', method: 'GET', path: '/canvas/data_summary', permissions: ['canvas.data_summary'], params: [{ name: 'canvas_id', in: 'query' }, { name: 'ending_at', in: 'query' }, { name: 'include_deleted_step_data', in: 'query' }, { name: 'include_step_breakdown', in: 'query' }, { name: 'include_variant_breakdown', in: 'query' }, { name: 'length', in: 'query' }, { name: 'starting_at', in: 'query' }] };

/**
 * Export Canvas data summary analytics
 *
 * Returns a Canvas's statistics rolled up over a period (entries, conversions, revenue), optionally broken down by variant and by step with per-channel message counters. The period is `starting_at` to `ending_at`, or `length` days (at most 14) before `ending_at`. The dashboard aggregates days in the company's time zone, so give timestamps at midnight in that zone to get the dashboard's figures.
 *
 * `GET /canvas/data_summary`
 * Permission: `canvas.data_summary`.
 *
 * @see https://www.braze.com/docs/api/endpoints/export/canvas/get_canvas_analytics_summary/
 *
 * @operation braze-rest-client canvasDataSummary
 */
export function canvasDataSummary<O extends RequestOptions = {}, P extends string = 'canvas.data_summary'>(client: ClientFor<P, 'canvas.data_summary'>, input: CanvasDataSummaryInput, options?: O): ResultOf<CanvasDataSummaryResponse, O> {
  return $request(client as never, $canvasDataSummary, input, options) as ResultOf<CanvasDataSummaryResponse, O>;
}

/** The input of `canvasDetails`: parameters and body fields in one object. */
export type CanvasDetailsInput = OperationInput<operations['canvasDetails']>;
/** The success response body of `canvasDetails`. */
export type CanvasDetailsResponse = operations['canvasDetails']['responses'][200]['content']['application/json'];
const $canvasDetails: OperationDescriptor = { id: 'canvasDetails', method: 'GET', path: '/canvas/details', permissions: ['canvas.details'], params: [{ name: 'canvas_id', in: 'query' }, { name: 'include_has_translatable_content', in: 'query' }, { name: 'post_launch_draft_version', in: 'query' }] };

/**
 * Export Canvas details
 *
 * Returns the metadata of one Canvas: name, description, status, schedule type, first and last entry, channels, tags and Teams, its variants with their first steps, and every step with its next steps and paths and its messages (channel-specific fields as in the campaign details export).
 *
 * `GET /canvas/details`
 * Permission: `canvas.details`.
 *
 * @see https://www.braze.com/docs/api/endpoints/export/canvas/get_canvas_details/
 *
 * @operation braze-rest-client canvasDetails
 */
export function canvasDetails<O extends RequestOptions = {}, P extends string = 'canvas.details'>(client: ClientFor<P, 'canvas.details'>, input: CanvasDetailsInput, options?: O): ResultOf<CanvasDetailsResponse, O> {
  return $request(client as never, $canvasDetails, input, options) as ResultOf<CanvasDetailsResponse, O>;
}

/** The input of `canvasDuplicate`: parameters and body fields in one object. */
export type CanvasDuplicateInput = OperationInput<operations['canvasDuplicate'], 'object', 'application/json'>;
/** The success response body of `canvasDuplicate`. */
export type CanvasDuplicateResponse = operations['canvasDuplicate']['responses'][202]['content']['application/json'];
const $canvasDuplicate: OperationDescriptor = { id: 'canvasDuplicate', method: 'POST', path: '/canvas/duplicate', permissions: ['canvas.duplicate'], body: 'object' };

/**
 * Duplicate a Canvas
 *
 * Copies a Canvas, as duplicating it in the dashboard does, under a new name with an optional description and tags. The copy is created asynchronously; the security event report shows when Canvases were duplicated and by which API key.
 *
 * `POST /canvas/duplicate`
 * Permission: `canvas.duplicate`.
 * Rate limit: 100 requests per minute.
 *
 * @see https://www.braze.com/docs/api/endpoints/messaging/duplicate_messages/post_duplicate_canvases/
 *
 * @operation braze-rest-client canvasDuplicate
 */
export function canvasDuplicate<O extends RequestOptions = {}, P extends string = 'canvas.duplicate'>(client: ClientFor<P, 'canvas.duplicate'>, input: CanvasDuplicateInput, options?: O): ResultOf<CanvasDuplicateResponse, O> {
  return $request(client as never, $canvasDuplicate, input, options) as ResultOf<CanvasDuplicateResponse, O>;
}

/** The input of `canvasList`: parameters and body fields in one object. */
export type CanvasListInput = OperationInput<operations['canvasList']>;
/** The success response body of `canvasList`. */
export type CanvasListResponse = operations['canvasList']['responses'][200]['content']['application/json'];
const $canvasList: OperationDescriptor = { id: 'canvasList', method: 'GET', path: '/canvas/list', permissions: ['canvas.list'], params: [{ name: 'include_archived', in: 'query' }, { name: 'last_edit.time[gt]', in: 'query' }, { name: 'page', in: 'query' }, { name: 'sort_direction', in: 'query' }] };

/**
 * Export the list of Canvases
 *
 * Lists Canvases with their name, API identifier, tags and last edit time, 100 per page, sorted by creation time (oldest first unless `sort_direction=desc`). Archived Canvases are left out unless `include_archived=true`; stopped but not archived Canvases are included.
 *
 * `GET /canvas/list`
 * Permission: `canvas.list`.
 *
 * @see https://www.braze.com/docs/api/endpoints/export/canvas/get_canvases/
 *
 * @operation braze-rest-client canvasList
 */
export function canvasList<O extends RequestOptions = {}, P extends string = 'canvas.list'>(client: ClientFor<P, 'canvas.list'>, input?: CanvasListInput, options?: O): ResultOf<CanvasListResponse, O> {
  return $request(client as never, $canvasList, input, options) as ResultOf<CanvasListResponse, O>;
}

/**
 * Export the list of Canvases: iterates every item of every page (`for await`).
 *
 * `GET /canvas/list`
 * Permission: `canvas.list`.
 *
 * @see https://www.braze.com/docs/api/endpoints/export/canvas/get_canvases/
 *
 * @operation braze-rest-client canvasList
 */
export function canvasListAll<P extends string = 'canvas.list'>(client: ClientFor<P, 'canvas.list'>, input?: CanvasListInput, options?: RequestOptions): AsyncGenerator<ItemOf<CanvasListResponse, 'canvases'>, void, undefined> {
  return $paginate(client as never, $canvasList, { style: 'page', items: 'canvases', page: 'page', pageSize: 100 }, input, options);
}

/**
 * Export the list of Canvases: iterates every page, one response body each (`for await`).
 *
 * `GET /canvas/list`
 * Permission: `canvas.list`.
 *
 * @see https://www.braze.com/docs/api/endpoints/export/canvas/get_canvases/
 */
export function canvasListPages<P extends string = 'canvas.list'>(client: ClientFor<P, 'canvas.list'>, input?: CanvasListInput, options?: RequestOptions): AsyncGenerator<CanvasListResponse, void, undefined> {
  return $paginate(client as never, $canvasList, { style: 'page', items: 'canvases', page: 'page', pageSize: 100 }, input, options, 1);
}

/** The input of `canvasTranslationsGet`: parameters and body fields in one object. */
export type CanvasTranslationsGetInput = OperationInput<operations['canvasTranslationsGet']>;
/** The success response body of `canvasTranslationsGet`. */
export type CanvasTranslationsGetResponse = operations['canvasTranslationsGet']['responses'][200]['content']['application/json'];
const $canvasTranslationsGet: OperationDescriptor = { id: 'canvasTranslationsGet', method: 'GET', path: '/canvas/translations', permissions: ['canvas.translations.get'], params: [{ name: 'locale_id', in: 'query' }, { name: 'message_variation_id', in: 'query' }, { name: 'post_launch_draft_version', in: 'query' }, { name: 'step_id', in: 'query' }, { name: 'workflow_id', in: 'query' }] };

/**
 * View translations for a Canvas
 *
 * Returns the translations of one message variation in a Canvas step, one entry per locale with its translation map. Pass `locale_id` to get (preview) a single locale, and `post_launch_draft_version=true` to read the latest draft instead of the live version. Translation IDs are UUIDs found in the Multi-Language Support settings or in responses.
 *
 * `GET /canvas/translations`
 * Permission: `canvas.translations.get`.
 * Rate limit: 250,000 requests per minute.
 * Early access: the endpoint may change.
 *
 * @see https://www.braze.com/docs/api/endpoints/translations/canvas/get_bulk_translations_canvases/
 *
 * @operation braze-rest-client canvasTranslationsGet
 */
export function canvasTranslationsGet<O extends RequestOptions = {}, P extends string = 'canvas.translations.get'>(client: ClientFor<P, 'canvas.translations.get'>, input: CanvasTranslationsGetInput, options?: O): ResultOf<CanvasTranslationsGetResponse, O> {
  return $request(client as never, $canvasTranslationsGet, input, options) as ResultOf<CanvasTranslationsGetResponse, O>;
}

/** The input of `canvasTranslationsSource`: parameters and body fields in one object. */
export type CanvasTranslationsSourceInput = OperationInput<operations['canvasTranslationsSource']>;
/** The success response body of `canvasTranslationsSource`. */
export type CanvasTranslationsSourceResponse = operations['canvasTranslationsSource']['responses'][200]['content']['application/json'];
const $canvasTranslationsSource: OperationDescriptor = { id: 'canvasTranslationsSource', method: 'GET', path: '/canvas/translations/source', permissions: ['canvas.translations.get'], params: [{ name: 'locale_id', in: 'query' }, { name: 'message_variation_id', in: 'query' }, { name: 'post_launch_draft_version', in: 'query' }, { name: 'step_id', in: 'query' }, { name: 'workflow_id', in: 'query' }] };

/**
 * View source values of a Canvas's translation tags
 *
 * Returns the default (source) text of every translation tag in a message variation of a Canvas step, that is the text between `{% translation id_N %}` and `{% endtranslation %}`. Reads the live version unless `post_launch_draft_version` is `true`.
 *
 * `GET /canvas/translations/source`
 * Permission: `canvas.translations.get`.
 * Rate limit: 250,000 requests per minute.
 * Early access: the endpoint may change.
 *
 * @see https://www.braze.com/docs/api/endpoints/translations/canvas/get_source_canvas/
 *
 * @operation braze-rest-client canvasTranslationsSource
 */
export function canvasTranslationsSource<O extends RequestOptions = {}, P extends string = 'canvas.translations.get'>(client: ClientFor<P, 'canvas.translations.get'>, input: CanvasTranslationsSourceInput, options?: O): ResultOf<CanvasTranslationsSourceResponse, O> {
  return $request(client as never, $canvasTranslationsSource, input, options) as ResultOf<CanvasTranslationsSourceResponse, O>;
}

/** The input of `canvasTranslationsUpdate`: parameters and body fields in one object. */
export type CanvasTranslationsUpdateInput = OperationInput<operations['canvasTranslationsUpdate'], 'object', 'application/json'>;
/** The success response body of `canvasTranslationsUpdate`. */
export type CanvasTranslationsUpdateResponse = operations['canvasTranslationsUpdate']['responses'][200]['content']['application/json'];
const $canvasTranslationsUpdate: OperationDescriptor = { id: 'canvasTranslationsUpdate', method: 'PUT', path: '/canvas/translations', permissions: ['canvas.translations.update'], body: 'object' };

/**
 * Update translations in a Canvas
 *
 * Replaces the translations of one locale for a message variation in a Canvas step. The translation map must cover every translation tag of the message (missing IDs are refused) and stay under 20 MB. To change the translations of a launched Canvas, save it as a draft first.
 *
 * `PUT /canvas/translations`
 * Permission: `canvas.translations.update`.
 * Rate limit: 250,000 requests per minute.
 * Early access: the endpoint may change.
 *
 * @see https://www.braze.com/docs/api/endpoints/translations/canvas/put_update_translation_canvas/
 *
 * @operation braze-rest-client canvasTranslationsUpdate
 */
export function canvasTranslationsUpdate<O extends RequestOptions = {}, P extends string = 'canvas.translations.update'>(client: ClientFor<P, 'canvas.translations.update'>, input: CanvasTranslationsUpdateInput, options?: O): ResultOf<CanvasTranslationsUpdateResponse, O> {
  return $request(client as never, $canvasTranslationsUpdate, input, options) as ResultOf<CanvasTranslationsUpdateResponse, O>;
}

/** The input of `canvasTriggerScheduleCreate`: parameters and body fields in one object. */
export type CanvasTriggerScheduleCreateInput = OperationInput<operations['canvasTriggerScheduleCreate'], 'object', 'application/json'>;
/** The success response body of `canvasTriggerScheduleCreate`. */
export type CanvasTriggerScheduleCreateResponse = operations['canvasTriggerScheduleCreate']['responses'][200]['content']['application/json'];
const $canvasTriggerScheduleCreate: OperationDescriptor = { id: 'canvasTriggerScheduleCreate', method: 'POST', path: '/canvas/trigger/schedule/create', permissions: ['canvas.trigger.schedule.create'], body: 'object' };

/**
 * Schedule an API-triggered Canvas
 *
 * Schedules entry into a Canvas with API-triggered entry. Targeting works as for `/canvas/trigger/send`: `recipients` (only those in the Canvas's segment enter), a connected `audience`, or `broadcast: true` for the whole segment. `canvas_entry_properties` are templated into the messages of the first steps; a recipient's own keys win. Keep the returned `schedule_id` to update or cancel the schedule.
 *
 * `POST /canvas/trigger/schedule/create`
 * Permission: `canvas.trigger.schedule.create`.
 * Rate limit: 250 requests per minute (shared: send-to-segment-or-audience).
 *
 * @see https://www.braze.com/docs/api/endpoints/messaging/schedule_messages/post_schedule_triggered_canvases/
 *
 * @operation braze-rest-client canvasTriggerScheduleCreate
 */
export function canvasTriggerScheduleCreate<O extends RequestOptions = {}, P extends string = 'canvas.trigger.schedule.create'>(client: ClientFor<P, 'canvas.trigger.schedule.create'>, input: CanvasTriggerScheduleCreateInput, options?: O): ResultOf<CanvasTriggerScheduleCreateResponse, O> {
  return $request(client as never, $canvasTriggerScheduleCreate, input, options) as ResultOf<CanvasTriggerScheduleCreateResponse, O>;
}

/** The input of `canvasTriggerScheduleDelete`: parameters and body fields in one object. */
export type CanvasTriggerScheduleDeleteInput = OperationInput<operations['canvasTriggerScheduleDelete'], 'object', 'application/json'>;
/** The success response body of `canvasTriggerScheduleDelete`. */
export type CanvasTriggerScheduleDeleteResponse = operations['canvasTriggerScheduleDelete']['responses'][200]['content']['application/json'];
const $canvasTriggerScheduleDelete: OperationDescriptor = { id: 'canvasTriggerScheduleDelete', method: 'POST', path: '/canvas/trigger/schedule/delete', permissions: ['canvas.trigger.schedule.delete'], body: 'object' };

/**
 * Cancel a scheduled API-triggered Canvas
 *
 * Cancels a scheduled entry into an API-triggered Canvas before it happens. Cancellations made close to or during the send time are applied on a best-effort basis, so they may reach all, some or none of the targeted users.
 *
 * `POST /canvas/trigger/schedule/delete`
 * Permission: `canvas.trigger.schedule.delete`.
 *
 * @see https://www.braze.com/docs/api/endpoints/messaging/schedule_messages/post_delete_scheduled_triggered_canvases/
 *
 * @operation braze-rest-client canvasTriggerScheduleDelete
 */
export function canvasTriggerScheduleDelete<O extends RequestOptions = {}, P extends string = 'canvas.trigger.schedule.delete'>(client: ClientFor<P, 'canvas.trigger.schedule.delete'>, input: CanvasTriggerScheduleDeleteInput, options?: O): ResultOf<CanvasTriggerScheduleDeleteResponse, O> {
  return $request(client as never, $canvasTriggerScheduleDelete, input, options) as ResultOf<CanvasTriggerScheduleDeleteResponse, O>;
}

/** The input of `canvasTriggerScheduleUpdate`: parameters and body fields in one object. */
export type CanvasTriggerScheduleUpdateInput = OperationInput<operations['canvasTriggerScheduleUpdate'], 'object', 'application/json'>;
/** The success response body of `canvasTriggerScheduleUpdate`. */
export type CanvasTriggerScheduleUpdateResponse = operations['canvasTriggerScheduleUpdate']['responses'][200]['content']['application/json'];
const $canvasTriggerScheduleUpdate: OperationDescriptor = { id: 'canvasTriggerScheduleUpdate', method: 'POST', path: '/canvas/trigger/schedule/update', permissions: ['canvas.trigger.schedule.update'], body: 'object' };

/**
 * Update a scheduled API-triggered Canvas
 *
 * Replaces the schedule of an API-triggered Canvas entry. The new `schedule` overwrites the previous one entirely (leaving out `in_local_time` switches back to UTC). Updates made very close to the send time are applied on a best-effort basis, to all, some or none of the users.
 *
 * `POST /canvas/trigger/schedule/update`
 * Permission: `canvas.trigger.schedule.update`.
 *
 * @see https://www.braze.com/docs/api/endpoints/messaging/schedule_messages/post_update_scheduled_triggered_canvases/
 *
 * @operation braze-rest-client canvasTriggerScheduleUpdate
 */
export function canvasTriggerScheduleUpdate<O extends RequestOptions = {}, P extends string = 'canvas.trigger.schedule.update'>(client: ClientFor<P, 'canvas.trigger.schedule.update'>, input: CanvasTriggerScheduleUpdateInput, options?: O): ResultOf<CanvasTriggerScheduleUpdateResponse, O> {
  return $request(client as never, $canvasTriggerScheduleUpdate, input, options) as ResultOf<CanvasTriggerScheduleUpdateResponse, O>;
}

/** The input of `canvasTriggerSend`: parameters and body fields in one object. */
export type CanvasTriggerSendInput = OperationInput<operations['canvasTriggerSend'], 'object', 'application/json'>;
/** The success response body of `canvasTriggerSend`. */
export type CanvasTriggerSendResponse = operations['canvasTriggerSend']['responses'][201]['content']['application/json'];
const $canvasTriggerSend: OperationDescriptor = { id: 'canvasTriggerSend', method: 'POST', path: '/canvas/trigger/send', permissions: ['canvas.trigger.send'], body: 'object' };

/**
 * Send an API-triggered Canvas
 *
 * Triggers a Canvas with API-triggered entry, so its content stays in Braze while the request decides when and to whom it goes. Send to up to 50 `recipients` (each with its own `context` and optional `attributes`, written to the profile before entry), to a connected `audience`, or with `broadcast: true` to the Canvas's whole segment. Request-level `context` applies to everyone, and a recipient's own keys win. Listed users only enter if they also match the Canvas's segment. An archived, stopped or paused Canvas is not sent; the response then carries a `notice`.
 *
 * `POST /canvas/trigger/send`
 * Permission: `canvas.trigger.send`.
 * Rate limit: 250 requests per minute (shared: send-to-segment-or-audience).
 *
 * @see https://www.braze.com/docs/api/endpoints/messaging/send_messages/post_send_triggered_canvases/
 *
 * @operation braze-rest-client canvasTriggerSend
 */
export function canvasTriggerSend<O extends RequestOptions = {}, P extends string = 'canvas.trigger.send'>(client: ClientFor<P, 'canvas.trigger.send'>, input: CanvasTriggerSendInput, options?: O): ResultOf<CanvasTriggerSendResponse, O> {
  return $request(client as never, $canvasTriggerSend, input, options) as ResultOf<CanvasTriggerSendResponse, O>;
}

/** The input of `canvasUrlInfoDetails`: parameters and body fields in one object. */
export type CanvasUrlInfoDetailsInput = OperationInput<operations['canvasUrlInfoDetails']>;
/** The success response body of `canvasUrlInfoDetails`. */
export type CanvasUrlInfoDetailsResponse = operations['canvasUrlInfoDetails']['responses'][200]['content']['application/json'];
const $canvasUrlInfoDetails: OperationDescriptor = { id: 'canvasUrlInfoDetails', method: 'GET', path: '/canvas/url_info/details', permissions: ['canvas.url_info.details'], params: [{ name: 'canvas_step_id', in: 'query' }, { name: 'includes_link_id', in: 'query' }, { name: 'message_variation_id', in: 'query' }] };

/**
 * List link aliases of a Canvas email step
 *
 * Returns the tracked links of one email message variation in a Canvas step with the alias set on each; `includes_link_id` narrows the answer to one link. Only for workspaces with Link Aliasing enabled.
 *
 * `GET /canvas/url_info/details`
 * Permission: `canvas.url_info.details`.
 *
 * @see https://www.braze.com/docs/get_canvas_link_alias/
 *
 * @operation braze-rest-client canvasUrlInfoDetails
 */
export function canvasUrlInfoDetails<O extends RequestOptions = {}, P extends string = 'canvas.url_info.details'>(client: ClientFor<P, 'canvas.url_info.details'>, input: CanvasUrlInfoDetailsInput, options?: O): ResultOf<CanvasUrlInfoDetailsResponse, O> {
  return $request(client as never, $canvasUrlInfoDetails, input, options) as ResultOf<CanvasUrlInfoDetailsResponse, O>;
}

/** The input of `catalogsCreate`: parameters and body fields in one object. */
export type CatalogsCreateInput = OperationInput<operations['catalogsCreate'], 'object', 'application/json'>;
/** The success response body of `catalogsCreate`. */
export type CatalogsCreateResponse = operations['catalogsCreate']['responses'][201]['content']['application/json'];
const $catalogsCreate: OperationDescriptor = { id: 'catalogsCreate', method: 'POST', path: '/catalogs', permissions: ['catalogs.create'], body: 'object' };

/**
 * Create a catalog
 *
 * Creates one catalog with its fields. `catalogs` must hold exactly one catalog object; its first field must be `id` of type `string`. Names (of the catalog and of its fields) use letters, numbers, hyphens and underscores only, up to 250 characters; a catalog has at most 500 fields. Returns the created catalog with status 201. Shares a limit of 50 requests per minute with the other synchronous catalog endpoints.
 *
 * `POST /catalogs`
 * Permission: `catalogs.create`.
 * Rate limit: 50 requests per minute (shared: catalogs-sync).
 *
 * @see https://www.braze.com/docs/api/endpoints/catalogs/catalog_management/synchronous/post_create_catalog/
 *
 * @operation braze-rest-client catalogsCreate
 */
export function catalogsCreate<O extends RequestOptions = {}, P extends string = 'catalogs.create'>(client: ClientFor<P, 'catalogs.create'>, input: CatalogsCreateInput, options?: O): ResultOf<CatalogsCreateResponse, O> {
  return $request(client as never, $catalogsCreate, input, options) as ResultOf<CatalogsCreateResponse, O>;
}

/** The input of `catalogsDelete`: parameters and body fields in one object. */
export type CatalogsDeleteInput = OperationInput<operations['catalogsDelete']>;
/** The success response body of `catalogsDelete`. */
export type CatalogsDeleteResponse = operations['catalogsDelete']['responses'][200]['content']['application/json'];
const $catalogsDelete: OperationDescriptor = { id: 'catalogsDelete', method: 'DELETE', path: '/catalogs/{catalog_name}', permissions: ['catalogs.delete'], params: [{ name: 'catalog_name', in: 'path' }] };

/**
 * Delete a catalog
 *
 * Permanently deletes a catalog with all its items, fields and selections. Shares a limit of 50 requests per minute with the other synchronous catalog endpoints.
 *
 * `DELETE /catalogs/{catalog_name}`
 * Permission: `catalogs.delete`.
 * Rate limit: 50 requests per minute (shared: catalogs-sync).
 *
 * @see https://www.braze.com/docs/api/endpoints/catalogs/catalog_management/synchronous/delete_catalog/
 *
 * @operation braze-rest-client catalogsDelete
 */
export function catalogsDelete<O extends RequestOptions = {}, P extends string = 'catalogs.delete'>(client: ClientFor<P, 'catalogs.delete'>, input: CatalogsDeleteInput, options?: O): ResultOf<CatalogsDeleteResponse, O> {
  return $request(client as never, $catalogsDelete, input, options) as ResultOf<CatalogsDeleteResponse, O>;
}

/** The input of `catalogsFieldsCreate`: parameters and body fields in one object. */
export type CatalogsFieldsCreateInput = OperationInput<operations['catalogsFieldsCreate'], 'object', 'application/json'>;
/** The success response body of `catalogsFieldsCreate`. */
export type CatalogsFieldsCreateResponse = operations['catalogsFieldsCreate']['responses'][202]['content']['application/json'];
const $catalogsFieldsCreate: OperationDescriptor = { id: 'catalogsFieldsCreate', method: 'POST', path: '/catalogs/{catalog_name}/fields', permissions: ['catalogs.create_fields'], params: [{ name: 'catalog_name', in: 'path' }], body: 'object' };

/**
 * Create catalog fields
 *
 * Adds up to 50 new fields to a catalog in one request (a catalog holds at most 500 fields). The request is processed asynchronously: a 202 means it was accepted. Shares a limit of 50 requests per minute with the other catalog field and selection endpoints.
 *
 * `POST /catalogs/{catalog_name}/fields`
 * Permission: `catalogs.create_fields`.
 * Rate limit: 50 requests per minute (shared: catalog-fields-selections).
 *
 * @see https://www.braze.com/docs/api/endpoints/catalogs/catalog_fields/asynchronous/post_create_catalog_fields/
 *
 * @operation braze-rest-client catalogsFieldsCreate
 */
export function catalogsFieldsCreate<O extends RequestOptions = {}, P extends string = 'catalogs.create_fields'>(client: ClientFor<P, 'catalogs.create_fields'>, input: CatalogsFieldsCreateInput, options?: O): ResultOf<CatalogsFieldsCreateResponse, O> {
  return $request(client as never, $catalogsFieldsCreate, input, options) as ResultOf<CatalogsFieldsCreateResponse, O>;
}

/** The input of `catalogsFieldsDelete`: parameters and body fields in one object. */
export type CatalogsFieldsDeleteInput = OperationInput<operations['catalogsFieldsDelete']>;
/** The success response body of `catalogsFieldsDelete`. */
export type CatalogsFieldsDeleteResponse = operations['catalogsFieldsDelete']['responses'][202]['content']['application/json'];
const $catalogsFieldsDelete: OperationDescriptor = { id: 'catalogsFieldsDelete', method: 'DELETE', path: '/catalogs/{catalog_name}/fields/{field_name}', permissions: ['catalogs.delete_fields'], params: [{ name: 'catalog_name', in: 'path' }, { name: 'field_name', in: 'path' }] };

/**
 * Delete a catalog field
 *
 * Removes one field (and its values) from a catalog. A field used by a selection or as an inventory field cannot be deleted. The deletion is processed asynchronously: a 202 means it was accepted. Shares a limit of 50 requests per minute with the other catalog field and selection endpoints.
 *
 * `DELETE /catalogs/{catalog_name}/fields/{field_name}`
 * Permission: `catalogs.delete_fields`.
 * Rate limit: 50 requests per minute (shared: catalog-fields-selections).
 *
 * @see https://www.braze.com/docs/api/endpoints/catalogs/catalog_fields/asynchronous/delete_catalog_field/
 *
 * @operation braze-rest-client catalogsFieldsDelete
 */
export function catalogsFieldsDelete<O extends RequestOptions = {}, P extends string = 'catalogs.delete_fields'>(client: ClientFor<P, 'catalogs.delete_fields'>, input: CatalogsFieldsDeleteInput, options?: O): ResultOf<CatalogsFieldsDeleteResponse, O> {
  return $request(client as never, $catalogsFieldsDelete, input, options) as ResultOf<CatalogsFieldsDeleteResponse, O>;
}

/** The input of `catalogsItemsAddMany`: parameters and body fields in one object. */
export type CatalogsItemsAddManyInput = OperationInput<operations['catalogsItemsAddMany'], 'object', 'application/json'>;
/** The success response body of `catalogsItemsAddMany`. */
export type CatalogsItemsAddManyResponse = operations['catalogsItemsAddMany']['responses'][202]['content']['application/json'];
const $catalogsItemsAddMany: OperationDescriptor = { id: 'catalogsItemsAddMany', method: 'POST', path: '/catalogs/{catalog_name}/items', permissions: ['catalogs.add_items'], params: [{ name: 'catalog_name', in: 'path' }], body: 'object' };

/**
 * Create multiple catalog items
 *
 * Adds up to 50 new items to a catalog. Each item has a unique `id` and should carry every field of the catalog; fields that do not exist in the catalog are refused. The request is processed asynchronously: a 202 means it was accepted. Shares a limit of 16,000 requests per minute with the other bulk catalog item endpoints.
 *
 * `POST /catalogs/{catalog_name}/items`
 * Permission: `catalogs.add_items`.
 * Rate limit: 16,000 requests per minute (shared: catalog-items-async).
 *
 * @see https://www.braze.com/docs/api/endpoints/catalogs/catalog_items/asynchronous/post_create_catalog_items_bulk/
 *
 * @operation braze-rest-client catalogsItemsAddMany
 */
export function catalogsItemsAddMany<O extends RequestOptions = {}, P extends string = 'catalogs.add_items'>(client: ClientFor<P, 'catalogs.add_items'>, input: CatalogsItemsAddManyInput, options?: O): ResultOf<CatalogsItemsAddManyResponse, O> {
  return $request(client as never, $catalogsItemsAddMany, input, options) as ResultOf<CatalogsItemsAddManyResponse, O>;
}

/** The input of `catalogsItemsCreate`: parameters and body fields in one object. */
export type CatalogsItemsCreateInput = OperationInput<operations['catalogsItemsCreate'], 'object', 'application/json'>;
/** The success response body of `catalogsItemsCreate`. */
export type CatalogsItemsCreateResponse = operations['catalogsItemsCreate']['responses'][201]['content']['application/json'];
const $catalogsItemsCreate: OperationDescriptor = { id: 'catalogsItemsCreate', method: 'POST', path: '/catalogs/{catalog_name}/items/{item_id}', permissions: ['catalogs.create_item'], params: [{ name: 'catalog_name', in: 'path' }, { name: 'item_id', in: 'path' }], body: 'object' };

/**
 * Create a catalog item
 *
 * Creates one item in a catalog under the ID given in the path. `items` holds exactly one object with every catalog field except `id`. Fails with `item-already-exists` if the ID is taken. Shares a limit of 50 requests per minute with the other synchronous catalog item endpoints.
 *
 * `POST /catalogs/{catalog_name}/items/{item_id}`
 * Permission: `catalogs.create_item`.
 * Rate limit: 50 requests per minute (shared: catalog-items-sync).
 *
 * @see https://www.braze.com/docs/api/endpoints/catalogs/catalog_items/synchronous/post_create_catalog_item/
 *
 * @operation braze-rest-client catalogsItemsCreate
 */
export function catalogsItemsCreate<O extends RequestOptions = {}, P extends string = 'catalogs.create_item'>(client: ClientFor<P, 'catalogs.create_item'>, input: CatalogsItemsCreateInput, options?: O): ResultOf<CatalogsItemsCreateResponse, O> {
  return $request(client as never, $catalogsItemsCreate, input, options) as ResultOf<CatalogsItemsCreateResponse, O>;
}

/** The input of `catalogsItemsDelete`: parameters and body fields in one object. */
export type CatalogsItemsDeleteInput = OperationInput<operations['catalogsItemsDelete']>;
/** The success response body of `catalogsItemsDelete`. */
export type CatalogsItemsDeleteResponse = operations['catalogsItemsDelete']['responses'][202]['content']['application/json'];
const $catalogsItemsDelete: OperationDescriptor = { id: 'catalogsItemsDelete', method: 'DELETE', path: '/catalogs/{catalog_name}/items/{item_id}', permissions: ['catalogs.delete_item'], params: [{ name: 'catalog_name', in: 'path' }, { name: 'item_id', in: 'path' }] };

/**
 * Delete a catalog item
 *
 * Deletes one item from a catalog. Shares a limit of 50 requests per minute with the other synchronous catalog item endpoints.
 *
 * `DELETE /catalogs/{catalog_name}/items/{item_id}`
 * Permission: `catalogs.delete_item`.
 * Rate limit: 50 requests per minute (shared: catalog-items-sync).
 *
 * @see https://www.braze.com/docs/api/endpoints/catalogs/catalog_items/synchronous/delete_catalog_item/
 *
 * @operation braze-rest-client catalogsItemsDelete
 */
export function catalogsItemsDelete<O extends RequestOptions = {}, P extends string = 'catalogs.delete_item'>(client: ClientFor<P, 'catalogs.delete_item'>, input: CatalogsItemsDeleteInput, options?: O): ResultOf<CatalogsItemsDeleteResponse, O> {
  return $request(client as never, $catalogsItemsDelete, input, options) as ResultOf<CatalogsItemsDeleteResponse, O>;
}

/** The input of `catalogsItemsDeleteMany`: parameters and body fields in one object. */
export type CatalogsItemsDeleteManyInput = OperationInput<operations['catalogsItemsDeleteMany'], 'object', 'application/json'>;
/** The success response body of `catalogsItemsDeleteMany`. */
export type CatalogsItemsDeleteManyResponse = operations['catalogsItemsDeleteMany']['responses'][202]['content']['application/json'];
const $catalogsItemsDeleteMany: OperationDescriptor = { id: 'catalogsItemsDeleteMany', method: 'DELETE', path: '/catalogs/{catalog_name}/items', permissions: ['catalogs.delete_items'], params: [{ name: 'catalog_name', in: 'path' }], body: 'object' };

/**
 * Delete multiple catalog items
 *
 * Deletes up to 50 items from a catalog, each named by its `id`. The request is processed asynchronously: a 202 means it was accepted, not that the items are already gone. Shares a limit of 16,000 requests per minute with the other bulk catalog item endpoints.
 *
 * `DELETE /catalogs/{catalog_name}/items`
 * Permission: `catalogs.delete_items`.
 * Rate limit: 16,000 requests per minute (shared: catalog-items-async).
 *
 * @see https://www.braze.com/docs/api/endpoints/catalogs/catalog_items/asynchronous/delete_catalog_items_bulk/
 *
 * @operation braze-rest-client catalogsItemsDeleteMany
 */
export function catalogsItemsDeleteMany<O extends RequestOptions = {}, P extends string = 'catalogs.delete_items'>(client: ClientFor<P, 'catalogs.delete_items'>, input: CatalogsItemsDeleteManyInput, options?: O): ResultOf<CatalogsItemsDeleteManyResponse, O> {
  return $request(client as never, $catalogsItemsDeleteMany, input, options) as ResultOf<CatalogsItemsDeleteManyResponse, O>;
}

/** The input of `catalogsItemsGet`: parameters and body fields in one object. */
export type CatalogsItemsGetInput = OperationInput<operations['catalogsItemsGet']>;
/** The success response body of `catalogsItemsGet`. */
export type CatalogsItemsGetResponse = operations['catalogsItemsGet']['responses'][200]['content']['application/json'];
const $catalogsItemsGet: OperationDescriptor = { id: 'catalogsItemsGet', method: 'GET', path: '/catalogs/{catalog_name}/items/{item_id}', permissions: ['catalogs.get_item'], params: [{ name: 'catalog_name', in: 'path' }, { name: 'item_id', in: 'path' }] };

/**
 * Get a catalog item
 *
 * Returns one catalog item with all its fields, wrapped in an `items` array of one element. Shares a limit of 50 requests per minute with the other synchronous catalog item endpoints.
 *
 * `GET /catalogs/{catalog_name}/items/{item_id}`
 * Permission: `catalogs.get_item`.
 * Rate limit: 50 requests per minute (shared: catalog-items-sync).
 *
 * @see https://www.braze.com/docs/api/endpoints/catalogs/catalog_items/synchronous/get_catalog_item_details/
 *
 * @operation braze-rest-client catalogsItemsGet
 */
export function catalogsItemsGet<O extends RequestOptions = {}, P extends string = 'catalogs.get_item'>(client: ClientFor<P, 'catalogs.get_item'>, input: CatalogsItemsGetInput, options?: O): ResultOf<CatalogsItemsGetResponse, O> {
  return $request(client as never, $catalogsItemsGet, input, options) as ResultOf<CatalogsItemsGetResponse, O>;
}

/** The input of `catalogsItemsList`: parameters and body fields in one object. */
export type CatalogsItemsListInput = OperationInput<operations['catalogsItemsList']>;
/** The success response body of `catalogsItemsList`. */
export type CatalogsItemsListResponse = operations['catalogsItemsList']['responses'][200]['content']['application/json'];
const $catalogsItemsList: OperationDescriptor = { id: 'catalogsItemsList', method: 'GET', path: '/catalogs/{catalog_name}/items', permissions: ['catalogs.get_items'], params: [{ name: 'catalog_name', in: 'path' }, { name: 'cursor', in: 'query' }] };

/**
 * List catalog items
 *
 * Returns the items of a catalog with all their fields, 50 per call. When the catalog has more than 50 items the response carries a `Link` header with `rel="next"` (and, after the first page, `rel="prev"`) URLs that include the `cursor` for the neighbouring pages; follow `next` until it disappears. Shares a limit of 50 requests per minute with the other synchronous catalog item endpoints.
 *
 * `GET /catalogs/{catalog_name}/items`
 * Permission: `catalogs.get_items`.
 * Rate limit: 50 requests per minute (shared: catalog-items-sync).
 *
 * @see https://www.braze.com/docs/api/endpoints/catalogs/catalog_items/synchronous/get_catalog_items_details_bulk/
 *
 * @operation braze-rest-client catalogsItemsList
 */
export function catalogsItemsList<O extends RequestOptions = {}, P extends string = 'catalogs.get_items'>(client: ClientFor<P, 'catalogs.get_items'>, input: CatalogsItemsListInput, options?: O): ResultOf<CatalogsItemsListResponse, O> {
  return $request(client as never, $catalogsItemsList, input, options) as ResultOf<CatalogsItemsListResponse, O>;
}

/**
 * List catalog items: iterates every item of every page (`for await`).
 *
 * `GET /catalogs/{catalog_name}/items`
 * Permission: `catalogs.get_items`.
 * Rate limit: 50 requests per minute (shared: catalog-items-sync).
 *
 * @see https://www.braze.com/docs/api/endpoints/catalogs/catalog_items/synchronous/get_catalog_items_details_bulk/
 *
 * @operation braze-rest-client catalogsItemsList
 */
export function catalogsItemsListAll<P extends string = 'catalogs.get_items'>(client: ClientFor<P, 'catalogs.get_items'>, input: CatalogsItemsListInput, options?: RequestOptions): AsyncGenerator<ItemOf<CatalogsItemsListResponse, 'items'>, void, undefined> {
  return $paginate(client as never, $catalogsItemsList, { style: 'cursor', items: 'items' }, input, options);
}

/**
 * List catalog items: iterates every page, one response body each (`for await`).
 *
 * `GET /catalogs/{catalog_name}/items`
 * Permission: `catalogs.get_items`.
 * Rate limit: 50 requests per minute (shared: catalog-items-sync).
 *
 * @see https://www.braze.com/docs/api/endpoints/catalogs/catalog_items/synchronous/get_catalog_items_details_bulk/
 */
export function catalogsItemsListPages<P extends string = 'catalogs.get_items'>(client: ClientFor<P, 'catalogs.get_items'>, input: CatalogsItemsListInput, options?: RequestOptions): AsyncGenerator<CatalogsItemsListResponse, void, undefined> {
  return $paginate(client as never, $catalogsItemsList, { style: 'cursor', items: 'items' }, input, options, 1);
}

/** The input of `catalogsItemsReplace`: parameters and body fields in one object. */
export type CatalogsItemsReplaceInput = OperationInput<operations['catalogsItemsReplace'], 'object', 'application/json'>;
/** The success response body of `catalogsItemsReplace`. */
export type CatalogsItemsReplaceResponse = operations['catalogsItemsReplace']['responses'][200]['content']['application/json'];
const $catalogsItemsReplace: OperationDescriptor = { id: 'catalogsItemsReplace', method: 'PUT', path: '/catalogs/{catalog_name}/items/{item_id}', permissions: ['catalogs.replace_item'], params: [{ name: 'catalog_name', in: 'path' }, { name: 'item_id', in: 'path' }], body: 'object' };

/**
 * Replace a catalog item
 *
 * Replaces the content of one catalog item, creating it if the ID in the path does not exist yet. `items` holds exactly one object with the item's fields (no `id`); fields left out are not kept. Shares a limit of 50 requests per minute with the other synchronous catalog item endpoints.
 *
 * `PUT /catalogs/{catalog_name}/items/{item_id}`
 * Permission: `catalogs.replace_item`.
 * Rate limit: 50 requests per minute (shared: catalog-items-sync).
 *
 * @see https://www.braze.com/docs/api/endpoints/catalogs/catalog_items/synchronous/put_update_catalog_item/
 *
 * @operation braze-rest-client catalogsItemsReplace
 */
export function catalogsItemsReplace<O extends RequestOptions = {}, P extends string = 'catalogs.replace_item'>(client: ClientFor<P, 'catalogs.replace_item'>, input: CatalogsItemsReplaceInput, options?: O): ResultOf<CatalogsItemsReplaceResponse, O> {
  return $request(client as never, $catalogsItemsReplace, input, options) as ResultOf<CatalogsItemsReplaceResponse, O>;
}

/** The input of `catalogsItemsReplaceMany`: parameters and body fields in one object. */
export type CatalogsItemsReplaceManyInput = OperationInput<operations['catalogsItemsReplaceMany'], 'object', 'application/json'>;
/** The success response body of `catalogsItemsReplaceMany`. */
export type CatalogsItemsReplaceManyResponse = operations['catalogsItemsReplaceMany']['responses'][202]['content']['application/json'];
const $catalogsItemsReplaceMany: OperationDescriptor = { id: 'catalogsItemsReplaceMany', method: 'PUT', path: '/catalogs/{catalog_name}/items', permissions: ['catalogs.replace_items'], params: [{ name: 'catalog_name', in: 'path' }], body: 'object' };

/**
 * Replace multiple catalog items
 *
 * Replaces up to 50 catalog items with the given content; an item whose `id` does not exist yet is created. Fields left out of an item are not kept. Every field sent must already exist in the catalog. The request is processed asynchronously: a 202 means it was accepted. Shares a limit of 16,000 requests per minute with the other bulk catalog item endpoints.
 *
 * `PUT /catalogs/{catalog_name}/items`
 * Permission: `catalogs.replace_items`.
 * Rate limit: 16,000 requests per minute (shared: catalog-items-async).
 *
 * @see https://www.braze.com/docs/api/endpoints/catalogs/catalog_items/asynchronous/put_update_catalog_items/
 *
 * @operation braze-rest-client catalogsItemsReplaceMany
 */
export function catalogsItemsReplaceMany<O extends RequestOptions = {}, P extends string = 'catalogs.replace_items'>(client: ClientFor<P, 'catalogs.replace_items'>, input: CatalogsItemsReplaceManyInput, options?: O): ResultOf<CatalogsItemsReplaceManyResponse, O> {
  return $request(client as never, $catalogsItemsReplaceMany, input, options) as ResultOf<CatalogsItemsReplaceManyResponse, O>;
}

/** The input of `catalogsItemsUpdate`: parameters and body fields in one object. */
export type CatalogsItemsUpdateInput = OperationInput<operations['catalogsItemsUpdate'], 'object', 'application/json'>;
/** The success response body of `catalogsItemsUpdate`. */
export type CatalogsItemsUpdateResponse = operations['catalogsItemsUpdate']['responses'][200]['content']['application/json'];
const $catalogsItemsUpdate: OperationDescriptor = { id: 'catalogsItemsUpdate', method: 'PATCH', path: '/catalogs/{catalog_name}/items/{item_id}', permissions: ['catalogs.update_item'], params: [{ name: 'catalog_name', in: 'path' }, { name: 'item_id', in: 'path' }], body: 'object' };

/**
 * Edit a catalog item
 *
 * Changes fields of one existing catalog item. `items` holds exactly one object with only the fields to change (no `id`: the ID is in the path); other fields keep their values. `array` fields can be replaced outright or changed with `$add`/`$remove`. Shares a limit of 50 requests per minute with the other synchronous catalog item endpoints.
 *
 * `PATCH /catalogs/{catalog_name}/items/{item_id}`
 * Permission: `catalogs.update_item`.
 * Rate limit: 50 requests per minute (shared: catalog-items-sync).
 *
 * @see https://www.braze.com/docs/api/endpoints/catalogs/catalog_items/synchronous/patch_catalog_item/
 *
 * @operation braze-rest-client catalogsItemsUpdate
 */
export function catalogsItemsUpdate<O extends RequestOptions = {}, P extends string = 'catalogs.update_item'>(client: ClientFor<P, 'catalogs.update_item'>, input: CatalogsItemsUpdateInput, options?: O): ResultOf<CatalogsItemsUpdateResponse, O> {
  return $request(client as never, $catalogsItemsUpdate, input, options) as ResultOf<CatalogsItemsUpdateResponse, O>;
}

/** The input of `catalogsItemsUpdateMany`: parameters and body fields in one object. */
export type CatalogsItemsUpdateManyInput = OperationInput<operations['catalogsItemsUpdateMany'], 'object', 'application/json'>;
/** The success response body of `catalogsItemsUpdateMany`. */
export type CatalogsItemsUpdateManyResponse = operations['catalogsItemsUpdateMany']['responses'][202]['content']['application/json'];
const $catalogsItemsUpdateMany: OperationDescriptor = { id: 'catalogsItemsUpdateMany', method: 'PATCH', path: '/catalogs/{catalog_name}/items', permissions: ['catalogs.update_items'], params: [{ name: 'catalog_name', in: 'path' }], body: 'object' };

/**
 * Edit multiple catalog items
 *
 * Changes fields of up to 50 existing catalog items. Each item names its `id` and only the fields to change; other fields keep their values. `array` fields can be replaced outright or changed with `$add`/`$remove`. Every field sent must already exist in the catalog. The request is processed asynchronously: a 202 means it was accepted. Shares a limit of 16,000 requests per minute with the other bulk catalog item endpoints.
 *
 * `PATCH /catalogs/{catalog_name}/items`
 * Permission: `catalogs.update_items`.
 * Rate limit: 16,000 requests per minute (shared: catalog-items-async).
 *
 * @see https://www.braze.com/docs/api/endpoints/catalogs/catalog_items/asynchronous/patch_catalog_items_bulk/
 *
 * @operation braze-rest-client catalogsItemsUpdateMany
 */
export function catalogsItemsUpdateMany<O extends RequestOptions = {}, P extends string = 'catalogs.update_items'>(client: ClientFor<P, 'catalogs.update_items'>, input: CatalogsItemsUpdateManyInput, options?: O): ResultOf<CatalogsItemsUpdateManyResponse, O> {
  return $request(client as never, $catalogsItemsUpdateMany, input, options) as ResultOf<CatalogsItemsUpdateManyResponse, O>;
}

/** The input of `catalogsList`: parameters and body fields in one object. */
export type CatalogsListInput = OperationInput<operations['catalogsList']>;
/** The success response body of `catalogsList`. */
export type CatalogsListResponse = operations['catalogsList']['responses'][200]['content']['application/json'];
const $catalogsList: OperationDescriptor = { id: 'catalogsList', method: 'GET', path: '/catalogs', permissions: ['catalogs.get'] };

/**
 * List catalogs
 *
 * Returns every catalog in the workspace with its fields, item count and last update time. When the list is long, Braze pages it and points to the next page with a `Link` header (`rel="next"`); follow it until the header no longer has a `next` link. Shares a limit of 50 requests per minute with the other synchronous catalog endpoints (create and delete catalog).
 *
 * `GET /catalogs`
 * Permission: `catalogs.get`.
 * Rate limit: 50 requests per minute (shared: catalogs-sync).
 *
 * @see https://www.braze.com/docs/api/endpoints/catalogs/catalog_management/synchronous/get_list_catalogs/
 *
 * @operation braze-rest-client catalogsList
 */
export function catalogsList<O extends RequestOptions = {}, P extends string = 'catalogs.get'>(client: ClientFor<P, 'catalogs.get'>, input?: CatalogsListInput, options?: O): ResultOf<CatalogsListResponse, O> {
  return $request(client as never, $catalogsList, input, options) as ResultOf<CatalogsListResponse, O>;
}

/**
 * List catalogs: iterates every item of every page (`for await`).
 *
 * `GET /catalogs`
 * Permission: `catalogs.get`.
 * Rate limit: 50 requests per minute (shared: catalogs-sync).
 *
 * @see https://www.braze.com/docs/api/endpoints/catalogs/catalog_management/synchronous/get_list_catalogs/
 *
 * @operation braze-rest-client catalogsList
 */
export function catalogsListAll<P extends string = 'catalogs.get'>(client: ClientFor<P, 'catalogs.get'>, input?: CatalogsListInput, options?: RequestOptions): AsyncGenerator<ItemOf<CatalogsListResponse, 'catalogs'>, void, undefined> {
  return $paginate(client as never, $catalogsList, { style: 'cursor', items: 'catalogs' }, input, options);
}

/**
 * List catalogs: iterates every page, one response body each (`for await`).
 *
 * `GET /catalogs`
 * Permission: `catalogs.get`.
 * Rate limit: 50 requests per minute (shared: catalogs-sync).
 *
 * @see https://www.braze.com/docs/api/endpoints/catalogs/catalog_management/synchronous/get_list_catalogs/
 */
export function catalogsListPages<P extends string = 'catalogs.get'>(client: ClientFor<P, 'catalogs.get'>, input?: CatalogsListInput, options?: RequestOptions): AsyncGenerator<CatalogsListResponse, void, undefined> {
  return $paginate(client as never, $catalogsList, { style: 'cursor', items: 'catalogs' }, input, options, 1);
}

/** The input of `catalogsSelectionsCreate`: parameters and body fields in one object. */
export type CatalogsSelectionsCreateInput = OperationInput<operations['catalogsSelectionsCreate'], 'object', 'application/json'>;
/** The success response body of `catalogsSelectionsCreate`. */
export type CatalogsSelectionsCreateResponse = operations['catalogsSelectionsCreate']['responses'][202]['content']['application/json'];
const $catalogsSelectionsCreate: OperationDescriptor = { id: 'catalogsSelectionsCreate', method: 'POST', path: '/catalogs/{catalog_name}/selections', permissions: ['catalogs.create_selection'], params: [{ name: 'catalog_name', in: 'path' }], body: 'object' };

/**
 * Create a catalog selection
 *
 * Creates a selection in a catalog: a named subset of items defined by filters, with an optional result limit and sort order. Each filter operator must suit the field type (see `CatalogSelectionFilter`), and a selection may use at most one `array` field. The request is processed asynchronously: a 202 means it was accepted. Shares a limit of 50 requests per minute with the other catalog field and selection endpoints.
 *
 * `POST /catalogs/{catalog_name}/selections`
 * Permission: `catalogs.create_selection`.
 * Rate limit: 50 requests per minute (shared: catalog-fields-selections).
 *
 * @see https://www.braze.com/docs/api/endpoints/catalogs/catalog_selections/asynchronous/post_create_catalog_selections/
 *
 * @operation braze-rest-client catalogsSelectionsCreate
 */
export function catalogsSelectionsCreate<O extends RequestOptions = {}, P extends string = 'catalogs.create_selection'>(client: ClientFor<P, 'catalogs.create_selection'>, input: CatalogsSelectionsCreateInput, options?: O): ResultOf<CatalogsSelectionsCreateResponse, O> {
  return $request(client as never, $catalogsSelectionsCreate, input, options) as ResultOf<CatalogsSelectionsCreateResponse, O>;
}

/** The input of `catalogsSelectionsDelete`: parameters and body fields in one object. */
export type CatalogsSelectionsDeleteInput = OperationInput<operations['catalogsSelectionsDelete']>;
/** The success response body of `catalogsSelectionsDelete`. */
export type CatalogsSelectionsDeleteResponse = operations['catalogsSelectionsDelete']['responses'][202]['content']['application/json'];
const $catalogsSelectionsDelete: OperationDescriptor = { id: 'catalogsSelectionsDelete', method: 'DELETE', path: '/catalogs/{catalog_name}/selections/{selection_name}', permissions: ['catalogs.delete_selection'], params: [{ name: 'catalog_name', in: 'path' }, { name: 'selection_name', in: 'path' }] };

/**
 * Delete a catalog selection
 *
 * Deletes one selection from a catalog; the catalog's items are not affected. The deletion is processed asynchronously: a 202 means it was accepted. Shares a limit of 50 requests per minute with the other catalog field and selection endpoints.
 *
 * `DELETE /catalogs/{catalog_name}/selections/{selection_name}`
 * Permission: `catalogs.delete_selection`.
 * Rate limit: 50 requests per minute (shared: catalog-fields-selections).
 *
 * @see https://www.braze.com/docs/api/endpoints/catalogs/catalog_selections/asynchronous/delete_catalog_selection/
 *
 * @operation braze-rest-client catalogsSelectionsDelete
 */
export function catalogsSelectionsDelete<O extends RequestOptions = {}, P extends string = 'catalogs.delete_selection'>(client: ClientFor<P, 'catalogs.delete_selection'>, input: CatalogsSelectionsDeleteInput, options?: O): ResultOf<CatalogsSelectionsDeleteResponse, O> {
  return $request(client as never, $catalogsSelectionsDelete, input, options) as ResultOf<CatalogsSelectionsDeleteResponse, O>;
}

/** The input of `cdiIntegrationsJobSyncStatus`: parameters and body fields in one object. */
export type CdiIntegrationsJobSyncStatusInput = OperationInput<operations['cdiIntegrationsJobSyncStatus']>;
/** The success response body of `cdiIntegrationsJobSyncStatus`. */
export type CdiIntegrationsJobSyncStatusResponse = operations['cdiIntegrationsJobSyncStatus']['responses'][200]['content']['application/json'];
const $cdiIntegrationsJobSyncStatus: OperationDescriptor = { id: 'cdiIntegrationsJobSyncStatus', method: 'GET', path: '/cdi/integrations/{integration_id}/job_sync_status', permissions: ['cdi.integration_job_status'], params: [{ name: 'integration_id', in: 'path' }, { name: 'cursor', in: 'query' }] };

/**
 * List the sync statuses of an integration
 *
 * Lists past and running syncs of one Cloud Data Ingestion integration with their status and row counts, 10 per page. When there are more, the `Link` header gives the `prev`/`next` page URLs (with a `cursor`).
 *
 * `GET /cdi/integrations/{integration_id}/job_sync_status`
 * Permission: `cdi.integration_job_status`.
 * Rate limit: 100 requests per minute.
 *
 * @see https://www.braze.com/docs/api/endpoints/cdi/get_job_sync_status/
 *
 * @operation braze-rest-client cdiIntegrationsJobSyncStatus
 */
export function cdiIntegrationsJobSyncStatus<O extends RequestOptions = {}, P extends string = 'cdi.integration_job_status'>(client: ClientFor<P, 'cdi.integration_job_status'>, input: CdiIntegrationsJobSyncStatusInput, options?: O): ResultOf<CdiIntegrationsJobSyncStatusResponse, O> {
  return $request(client as never, $cdiIntegrationsJobSyncStatus, input, options) as ResultOf<CdiIntegrationsJobSyncStatusResponse, O>;
}

/**
 * List the sync statuses of an integration: iterates every item of every page (`for await`).
 *
 * `GET /cdi/integrations/{integration_id}/job_sync_status`
 * Permission: `cdi.integration_job_status`.
 * Rate limit: 100 requests per minute.
 *
 * @see https://www.braze.com/docs/api/endpoints/cdi/get_job_sync_status/
 *
 * @operation braze-rest-client cdiIntegrationsJobSyncStatus
 */
export function cdiIntegrationsJobSyncStatusAll<P extends string = 'cdi.integration_job_status'>(client: ClientFor<P, 'cdi.integration_job_status'>, input: CdiIntegrationsJobSyncStatusInput, options?: RequestOptions): AsyncGenerator<ItemOf<CdiIntegrationsJobSyncStatusResponse, 'results'>, void, undefined> {
  return $paginate(client as never, $cdiIntegrationsJobSyncStatus, { style: 'cursor', items: 'results' }, input, options);
}

/**
 * List the sync statuses of an integration: iterates every page, one response body each (`for await`).
 *
 * `GET /cdi/integrations/{integration_id}/job_sync_status`
 * Permission: `cdi.integration_job_status`.
 * Rate limit: 100 requests per minute.
 *
 * @see https://www.braze.com/docs/api/endpoints/cdi/get_job_sync_status/
 */
export function cdiIntegrationsJobSyncStatusPages<P extends string = 'cdi.integration_job_status'>(client: ClientFor<P, 'cdi.integration_job_status'>, input: CdiIntegrationsJobSyncStatusInput, options?: RequestOptions): AsyncGenerator<CdiIntegrationsJobSyncStatusResponse, void, undefined> {
  return $paginate(client as never, $cdiIntegrationsJobSyncStatus, { style: 'cursor', items: 'results' }, input, options, 1);
}

/** The input of `cdiIntegrationsList`: parameters and body fields in one object. */
export type CdiIntegrationsListInput = OperationInput<operations['cdiIntegrationsList']>;
/** The success response body of `cdiIntegrationsList`. */
export type CdiIntegrationsListResponse = operations['cdiIntegrationsList']['responses'][200]['content']['application/json'];
const $cdiIntegrationsList: OperationDescriptor = { id: 'cdiIntegrationsList', method: 'GET', path: '/cdi/integrations', permissions: ['cdi.integration_list'], params: [{ name: 'cursor', in: 'query' }] };

/**
 * List Cloud Data Ingestion integrations
 *
 * Lists the workspace's Cloud Data Ingestion integrations with their status, warehouse and last and next sync, 10 per page. When there are more, the `Link` header gives the `prev`/`next` page URLs (with a `cursor`); it is absent when everything fits on one page.
 *
 * `GET /cdi/integrations`
 * Permission: `cdi.integration_list`.
 * Rate limit: 50 requests per minute.
 *
 * @see https://www.braze.com/docs/api/endpoints/cdi/get_integration_list/
 *
 * @operation braze-rest-client cdiIntegrationsList
 */
export function cdiIntegrationsList<O extends RequestOptions = {}, P extends string = 'cdi.integration_list'>(client: ClientFor<P, 'cdi.integration_list'>, input?: CdiIntegrationsListInput, options?: O): ResultOf<CdiIntegrationsListResponse, O> {
  return $request(client as never, $cdiIntegrationsList, input, options) as ResultOf<CdiIntegrationsListResponse, O>;
}

/**
 * List Cloud Data Ingestion integrations: iterates every item of every page (`for await`).
 *
 * `GET /cdi/integrations`
 * Permission: `cdi.integration_list`.
 * Rate limit: 50 requests per minute.
 *
 * @see https://www.braze.com/docs/api/endpoints/cdi/get_integration_list/
 *
 * @operation braze-rest-client cdiIntegrationsList
 */
export function cdiIntegrationsListAll<P extends string = 'cdi.integration_list'>(client: ClientFor<P, 'cdi.integration_list'>, input?: CdiIntegrationsListInput, options?: RequestOptions): AsyncGenerator<ItemOf<CdiIntegrationsListResponse, 'results'>, void, undefined> {
  return $paginate(client as never, $cdiIntegrationsList, { style: 'cursor', items: 'results' }, input, options);
}

/**
 * List Cloud Data Ingestion integrations: iterates every page, one response body each (`for await`).
 *
 * `GET /cdi/integrations`
 * Permission: `cdi.integration_list`.
 * Rate limit: 50 requests per minute.
 *
 * @see https://www.braze.com/docs/api/endpoints/cdi/get_integration_list/
 */
export function cdiIntegrationsListPages<P extends string = 'cdi.integration_list'>(client: ClientFor<P, 'cdi.integration_list'>, input?: CdiIntegrationsListInput, options?: RequestOptions): AsyncGenerator<CdiIntegrationsListResponse, void, undefined> {
  return $paginate(client as never, $cdiIntegrationsList, { style: 'cursor', items: 'results' }, input, options, 1);
}

/** The input of `cdiIntegrationsSync`: parameters and body fields in one object. */
export type CdiIntegrationsSyncInput = OperationInput<operations['cdiIntegrationsSync']>;
/** The success response body of `cdiIntegrationsSync`. */
export type CdiIntegrationsSyncResponse = operations['cdiIntegrationsSync']['responses'][202]['content']['application/json'];
const $cdiIntegrationsSync: OperationDescriptor = { id: 'cdiIntegrationsSync', method: 'POST', path: '/cdi/integrations/{integration_id}/sync', permissions: ['cdi.integration_sync'], params: [{ name: 'integration_id', in: 'path' }] };

/**
 * Trigger a sync of an integration
 *
 * Starts a sync of one Cloud Data Ingestion integration now. Returns 429 "Another job is in progress" while a sync of the integration is still running, and 404 when the integration does not exist.
 *
 * `POST /cdi/integrations/{integration_id}/sync`
 * Permission: `cdi.integration_sync`.
 * Rate limit: 20 requests per minute.
 *
 * @see https://www.braze.com/docs/api/endpoints/cdi/post_job_sync/
 *
 * @operation braze-rest-client cdiIntegrationsSync
 */
export function cdiIntegrationsSync<O extends RequestOptions = {}, P extends string = 'cdi.integration_sync'>(client: ClientFor<P, 'cdi.integration_sync'>, input: CdiIntegrationsSyncInput, options?: O): ResultOf<CdiIntegrationsSyncResponse, O> {
  return $request(client as never, $cdiIntegrationsSync, input, options) as ResultOf<CdiIntegrationsSyncResponse, O>;
}

/** The input of `contentBlocksCreate`: parameters and body fields in one object. */
export type ContentBlocksCreateInput = OperationInput<operations['contentBlocksCreate'], 'object', 'application/json'>;
/** The success response body of `contentBlocksCreate`. */
export type ContentBlocksCreateResponse = operations['contentBlocksCreate']['responses'][200]['content']['application/json'];
const $contentBlocksCreate: OperationDescriptor = { id: 'contentBlocksCreate', method: 'POST', path: '/content_blocks/create', permissions: ['content_blocks.create'], body: 'object' };

/**
 * Create a Content Block
 *
 * Creates a Content Block, a reusable piece of HTML or text that messages include through its Liquid tag. The name (under 100 characters: letters, numbers, hyphens and underscores) must be unique; the content must be valid Liquid, under 50 KB, and cannot reference the block itself. New blocks are `active` unless `state` is `draft`. Tags must already exist in the workspace.
 *
 * `POST /content_blocks/create`
 * Permission: `content_blocks.create`.
 *
 * @see https://www.braze.com/docs/api/endpoints/templates/content_blocks_templates/post_create_email_content_block/
 *
 * @operation braze-rest-client contentBlocksCreate
 */
export function contentBlocksCreate<O extends RequestOptions = {}, P extends string = 'content_blocks.create'>(client: ClientFor<P, 'content_blocks.create'>, input: ContentBlocksCreateInput, options?: O): ResultOf<ContentBlocksCreateResponse, O> {
  return $request(client as never, $contentBlocksCreate, input, options) as ResultOf<ContentBlocksCreateResponse, O>;
}

/** The input of `contentBlocksInfo`: parameters and body fields in one object. */
export type ContentBlocksInfoInput = OperationInput<operations['contentBlocksInfo']>;
/** The success response body of `contentBlocksInfo`. */
export type ContentBlocksInfoResponse = operations['contentBlocksInfo']['responses'][200]['content']['application/json'];
const $contentBlocksInfo: OperationDescriptor = { id: 'contentBlocksInfo', method: 'GET', path: '/content_blocks/info', permissions: ['content_blocks.info'], params: [{ name: 'content_block_id', in: 'query' }, { name: 'include_inclusion_data', in: 'query' }] };

/**
 * Get a Content Block
 *
 * Returns one Content Block: name, content, content type, description, tags, timestamps and how many messages include it. With `include_inclusion_data=true` it also lists where the block is included (message variation identifiers of non-archived campaigns and Canvases). Deleted Content Blocks are not returned.
 *
 * `GET /content_blocks/info`
 * Permission: `content_blocks.info`.
 *
 * @see https://www.braze.com/docs/api/endpoints/templates/content_blocks_templates/get_see_email_content_blocks_information/
 *
 * @operation braze-rest-client contentBlocksInfo
 */
export function contentBlocksInfo<O extends RequestOptions = {}, P extends string = 'content_blocks.info'>(client: ClientFor<P, 'content_blocks.info'>, input: ContentBlocksInfoInput, options?: O): ResultOf<ContentBlocksInfoResponse, O> {
  return $request(client as never, $contentBlocksInfo, input, options) as ResultOf<ContentBlocksInfoResponse, O>;
}

/** The input of `contentBlocksList`: parameters and body fields in one object. */
export type ContentBlocksListInput = OperationInput<operations['contentBlocksList']>;
/** The success response body of `contentBlocksList`. */
export type ContentBlocksListResponse = operations['contentBlocksList']['responses'][200]['content']['application/json'];
const $contentBlocksList: OperationDescriptor = { id: 'contentBlocksList', method: 'GET', path: '/content_blocks/list', permissions: ['content_blocks.list'], params: [{ name: 'limit', in: 'query' }, { name: 'modified_after', in: 'query' }, { name: 'modified_before', in: 'query' }, { name: 'offset', in: 'query' }] };

/**
 * List Content Blocks
 *
 * Lists the Content Blocks of the workspace (ID, name, content type, Liquid tag, inclusion count, tags and timestamps), optionally only those modified in a time window. Pages with `offset` and `limit` (100 by default, at most 1,000 per call).
 *
 * `GET /content_blocks/list`
 * Permission: `content_blocks.list`.
 *
 * @see https://www.braze.com/docs/api/endpoints/templates/content_blocks_templates/get_list_email_content_blocks/
 *
 * @operation braze-rest-client contentBlocksList
 */
export function contentBlocksList<O extends RequestOptions = {}, P extends string = 'content_blocks.list'>(client: ClientFor<P, 'content_blocks.list'>, input?: ContentBlocksListInput, options?: O): ResultOf<ContentBlocksListResponse, O> {
  return $request(client as never, $contentBlocksList, input, options) as ResultOf<ContentBlocksListResponse, O>;
}

/**
 * List Content Blocks: iterates every item of every page (`for await`).
 *
 * `GET /content_blocks/list`
 * Permission: `content_blocks.list`.
 *
 * @see https://www.braze.com/docs/api/endpoints/templates/content_blocks_templates/get_list_email_content_blocks/
 *
 * @operation braze-rest-client contentBlocksList
 */
export function contentBlocksListAll<P extends string = 'content_blocks.list'>(client: ClientFor<P, 'content_blocks.list'>, input?: ContentBlocksListInput, options?: RequestOptions): AsyncGenerator<ItemOf<ContentBlocksListResponse, 'content_blocks'>, void, undefined> {
  return $paginate(client as never, $contentBlocksList, { style: 'offset', items: 'content_blocks', offset: 'offset', limit: 'limit', maxLimit: 1000 }, input, options);
}

/**
 * List Content Blocks: iterates every page, one response body each (`for await`).
 *
 * `GET /content_blocks/list`
 * Permission: `content_blocks.list`.
 *
 * @see https://www.braze.com/docs/api/endpoints/templates/content_blocks_templates/get_list_email_content_blocks/
 */
export function contentBlocksListPages<P extends string = 'content_blocks.list'>(client: ClientFor<P, 'content_blocks.list'>, input?: ContentBlocksListInput, options?: RequestOptions): AsyncGenerator<ContentBlocksListResponse, void, undefined> {
  return $paginate(client as never, $contentBlocksList, { style: 'offset', items: 'content_blocks', offset: 'offset', limit: 'limit', maxLimit: 1000 }, input, options, 1);
}

/** The input of `contentBlocksTranslationsGet`: parameters and body fields in one object. */
export type ContentBlocksTranslationsGetInput = OperationInput<operations['contentBlocksTranslationsGet']>;
/** The success response body of `contentBlocksTranslationsGet`. */
export type ContentBlocksTranslationsGetResponse = operations['contentBlocksTranslationsGet']['responses'][200]['content']['application/json'];
const $contentBlocksTranslationsGet: OperationDescriptor = { id: 'contentBlocksTranslationsGet', method: 'GET', path: '/content_blocks/translations', permissions: ['content_blocks.translations.get'], params: [{ name: 'content_block_id', in: 'query' }, { name: 'locale_id', in: 'query' }] };

/**
 * View translations for a Content Block
 *
 * Returns the translations of a Content Block, one entry per locale with its translation map; pass `locale_id` to get a single locale.
 *
 * `GET /content_blocks/translations`
 * Permission: `content_blocks.translations.get`.
 * Rate limit: 250,000 requests per minute.
 * Early access: the endpoint may change.
 *
 * @see https://www.braze.com/docs/api/endpoints/translations/content_blocks/get_translation_content_block/
 *
 * @operation braze-rest-client contentBlocksTranslationsGet
 */
export function contentBlocksTranslationsGet<O extends RequestOptions = {}, P extends string = 'content_blocks.translations.get'>(client: ClientFor<P, 'content_blocks.translations.get'>, input: ContentBlocksTranslationsGetInput, options?: O): ResultOf<ContentBlocksTranslationsGetResponse, O> {
  return $request(client as never, $contentBlocksTranslationsGet, input, options) as ResultOf<ContentBlocksTranslationsGetResponse, O>;
}

/** The input of `contentBlocksTranslationsSource`: parameters and body fields in one object. */
export type ContentBlocksTranslationsSourceInput = OperationInput<operations['contentBlocksTranslationsSource']>;
/** The success response body of `contentBlocksTranslationsSource`. */
export type ContentBlocksTranslationsSourceResponse = operations['contentBlocksTranslationsSource']['responses'][200]['content']['application/json'];
const $contentBlocksTranslationsSource: OperationDescriptor = { id: 'contentBlocksTranslationsSource', method: 'GET', path: '/content_blocks/translations/source', permissions: ['content_blocks.translations.get'], params: [{ name: 'content_block_id', in: 'query' }, { name: 'locale_id', in: 'query' }] };

/**
 * View source values of a Content Block's translation tags
 *
 * Returns the default (source) text of every translation tag in a Content Block, that is the text between `{% translation id_N %}` and `{% endtranslation %}`; `locale_id` narrows the answer to one locale.
 *
 * `GET /content_blocks/translations/source`
 * Permission: `content_blocks.translations.get`.
 * Rate limit: 250,000 requests per minute.
 *
 * @see https://www.braze.com/docs/api/endpoints/translations/content_blocks/get_source_content_block/
 *
 * @operation braze-rest-client contentBlocksTranslationsSource
 */
export function contentBlocksTranslationsSource<O extends RequestOptions = {}, P extends string = 'content_blocks.translations.get'>(client: ClientFor<P, 'content_blocks.translations.get'>, input: ContentBlocksTranslationsSourceInput, options?: O): ResultOf<ContentBlocksTranslationsSourceResponse, O> {
  return $request(client as never, $contentBlocksTranslationsSource, input, options) as ResultOf<ContentBlocksTranslationsSourceResponse, O>;
}

/** The input of `contentBlocksTranslationsUpdate`: parameters and body fields in one object. */
export type ContentBlocksTranslationsUpdateInput = OperationInput<operations['contentBlocksTranslationsUpdate'], 'object', 'application/json'>;
/** The success response body of `contentBlocksTranslationsUpdate`. */
export type ContentBlocksTranslationsUpdateResponse = operations['contentBlocksTranslationsUpdate']['responses'][200]['content']['application/json'];
const $contentBlocksTranslationsUpdate: OperationDescriptor = { id: 'contentBlocksTranslationsUpdate', method: 'PUT', path: '/content_blocks/translations', permissions: ['content_blocks.translations.update'], body: 'object' };

/**
 * Update translations in a Content Block
 *
 * Replaces the translations of one locale in a Content Block. The translation map must cover every translation tag of the block.
 *
 * `PUT /content_blocks/translations`
 * Permission: `content_blocks.translations.update`.
 * Rate limit: 250,000 requests per minute.
 * Early access: the endpoint may change.
 *
 * @see https://www.braze.com/docs/api/endpoints/translations/content_blocks/put_update_translation_content_block/
 *
 * @operation braze-rest-client contentBlocksTranslationsUpdate
 */
export function contentBlocksTranslationsUpdate<O extends RequestOptions = {}, P extends string = 'content_blocks.translations.update'>(client: ClientFor<P, 'content_blocks.translations.update'>, input: ContentBlocksTranslationsUpdateInput, options?: O): ResultOf<ContentBlocksTranslationsUpdateResponse, O> {
  return $request(client as never, $contentBlocksTranslationsUpdate, input, options) as ResultOf<ContentBlocksTranslationsUpdateResponse, O>;
}

/** The input of `contentBlocksUpdate`: parameters and body fields in one object. */
export type ContentBlocksUpdateInput = OperationInput<operations['contentBlocksUpdate'], 'object', 'application/json'>;
/** The success response body of `contentBlocksUpdate`. */
export type ContentBlocksUpdateResponse = operations['contentBlocksUpdate']['responses'][200]['content']['application/json'];
const $contentBlocksUpdate: OperationDescriptor = { id: 'contentBlocksUpdate', method: 'POST', path: '/content_blocks/update', permissions: ['content_blocks.update'], body: 'object' };

/**
 * Update a Content Block
 *
 * Updates a Content Block identified by `content_block_id`; fields left out keep their value. The same rules as for creation apply (name format and uniqueness, content under 50 KB with valid Liquid, existing tags). The name of an active Content Block cannot be changed, and an active block cannot be set back to `draft`.
 *
 * `POST /content_blocks/update`
 * Permission: `content_blocks.update`.
 *
 * @see https://www.braze.com/docs/api/endpoints/templates/content_blocks_templates/post_update_content_block/
 *
 * @operation braze-rest-client contentBlocksUpdate
 */
export function contentBlocksUpdate<O extends RequestOptions = {}, P extends string = 'content_blocks.update'>(client: ClientFor<P, 'content_blocks.update'>, input: ContentBlocksUpdateInput, options?: O): ResultOf<ContentBlocksUpdateResponse, O> {
  return $request(client as never, $contentBlocksUpdate, input, options) as ResultOf<ContentBlocksUpdateResponse, O>;
}

/** The input of `customAttributesGet`: parameters and body fields in one object. */
export type CustomAttributesGetInput = OperationInput<operations['customAttributesGet']>;
/** The success response body of `customAttributesGet`. */
export type CustomAttributesGetResponse = operations['customAttributesGet']['responses'][200]['content']['application/json'];
const $customAttributesGet: OperationDescriptor = { id: 'customAttributesGet', method: 'GET', path: '/custom_attributes', permissions: ['custom_attributes.get'], params: [{ name: 'cursor', in: 'query' }] };

/**
 * Export custom attributes
 *
 * Lists the custom attributes recorded for the workspace with their data type, array length, description, status and tags, 50 per page in alphabetical order. Follow the `rel="next"` URL of the `Link` header for more.
 *
 * `GET /custom_attributes`
 * Permission: `custom_attributes.get`.
 * Rate limit: 1,000 requests per hour (shared: export-lists).
 *
 * @see https://www.braze.com/docs/api/endpoints/export/custom_attributes/get_custom_attributes/
 *
 * @operation braze-rest-client customAttributesGet
 */
export function customAttributesGet<O extends RequestOptions = {}, P extends string = 'custom_attributes.get'>(client: ClientFor<P, 'custom_attributes.get'>, input?: CustomAttributesGetInput, options?: O): ResultOf<CustomAttributesGetResponse, O> {
  return $request(client as never, $customAttributesGet, input, options) as ResultOf<CustomAttributesGetResponse, O>;
}

/**
 * Export custom attributes: iterates every item of every page (`for await`).
 *
 * `GET /custom_attributes`
 * Permission: `custom_attributes.get`.
 * Rate limit: 1,000 requests per hour (shared: export-lists).
 *
 * @see https://www.braze.com/docs/api/endpoints/export/custom_attributes/get_custom_attributes/
 *
 * @operation braze-rest-client customAttributesGet
 */
export function customAttributesGetAll<P extends string = 'custom_attributes.get'>(client: ClientFor<P, 'custom_attributes.get'>, input?: CustomAttributesGetInput, options?: RequestOptions): AsyncGenerator<ItemOf<CustomAttributesGetResponse, 'attributes'>, void, undefined> {
  return $paginate(client as never, $customAttributesGet, { style: 'cursor', items: 'attributes' }, input, options);
}

/**
 * Export custom attributes: iterates every page, one response body each (`for await`).
 *
 * `GET /custom_attributes`
 * Permission: `custom_attributes.get`.
 * Rate limit: 1,000 requests per hour (shared: export-lists).
 *
 * @see https://www.braze.com/docs/api/endpoints/export/custom_attributes/get_custom_attributes/
 */
export function customAttributesGetPages<P extends string = 'custom_attributes.get'>(client: ClientFor<P, 'custom_attributes.get'>, input?: CustomAttributesGetInput, options?: RequestOptions): AsyncGenerator<CustomAttributesGetResponse, void, undefined> {
  return $paginate(client as never, $customAttributesGet, { style: 'cursor', items: 'attributes' }, input, options, 1);
}

/** The input of `customObjectsObjectRelationshipsCreate`: parameters and body fields in one object. */
export type CustomObjectsObjectRelationshipsCreateInput = OperationInput<operations['customObjectsObjectRelationshipsCreate'], 'object', 'application/json'>;
/** The success response body of `customObjectsObjectRelationshipsCreate`. */
export type CustomObjectsObjectRelationshipsCreateResponse = operations['customObjectsObjectRelationshipsCreate']['responses'][201]['content']['application/json'];
const $customObjectsObjectRelationshipsCreate: OperationDescriptor = { id: 'customObjectsObjectRelationshipsCreate', method: 'POST', path: '/custom_objects/objects/{type_name}/{external_id}/object_relationships', permissions: ['custom_objects.object_relationships.create'], params: [{ name: 'external_id', in: 'path' }, { name: 'type_name', in: 'path' }], body: 'object' };

/**
 * Create an object relationship
 *
 * Creates one directed relationship between the custom object in the path and another custom object. Fails with 409 when that relationship exists and with 422 when the object has as many relationships as the workspace allows. Custom Objects is in early access: the workspace must be enabled before its permissions can be chosen for a key.
 *
 * `POST /custom_objects/objects/{type_name}/{external_id}/object_relationships`
 * Permission: `custom_objects.object_relationships.create`.
 * Rate limit: 50 requests per minute (shared: custom-objects-write).
 * Early access: the endpoint may change.
 *
 * @see https://www.braze.com/docs/api/endpoints/custom_objects/object_relationships/post_create_object_relationship/
 *
 * @operation braze-rest-client customObjectsObjectRelationshipsCreate
 */
export function customObjectsObjectRelationshipsCreate<O extends RequestOptions = {}, P extends string = 'custom_objects.object_relationships.create'>(client: ClientFor<P, 'custom_objects.object_relationships.create'>, input: CustomObjectsObjectRelationshipsCreateInput, options?: O): ResultOf<CustomObjectsObjectRelationshipsCreateResponse, O> {
  return $request(client as never, $customObjectsObjectRelationshipsCreate, input, options) as ResultOf<CustomObjectsObjectRelationshipsCreateResponse, O>;
}

/** The input of `customObjectsObjectRelationshipsDelete`: parameters and body fields in one object. */
export type CustomObjectsObjectRelationshipsDeleteInput = OperationInput<operations['customObjectsObjectRelationshipsDelete'], 'object', 'application/json'>;
/** The success response body of `customObjectsObjectRelationshipsDelete`. */
export type CustomObjectsObjectRelationshipsDeleteResponse = operations['customObjectsObjectRelationshipsDelete']['responses'][200]['content']['application/json'];
const $customObjectsObjectRelationshipsDelete: OperationDescriptor = { id: 'customObjectsObjectRelationshipsDelete', method: 'DELETE', path: '/custom_objects/objects/{type_name}/{external_id}/object_relationships', permissions: ['custom_objects.object_relationships.delete'], params: [{ name: 'external_id', in: 'path' }, { name: 'type_name', in: 'path' }], body: 'object' };

/**
 * Delete an object relationship
 *
 * Deletes one relationship between the custom object in the path and another custom object; both objects stay. The relationship is named in a JSON body, so the HTTP client must send a body with DELETE. Custom Objects is in early access: the workspace must be enabled before its permissions can be chosen for a key.
 *
 * `DELETE /custom_objects/objects/{type_name}/{external_id}/object_relationships`
 * Permission: `custom_objects.object_relationships.delete`.
 * Rate limit: 50 requests per minute (shared: custom-objects-write).
 * Early access: the endpoint may change.
 *
 * @see https://www.braze.com/docs/api/endpoints/custom_objects/object_relationships/delete_object_relationship/
 *
 * @operation braze-rest-client customObjectsObjectRelationshipsDelete
 */
export function customObjectsObjectRelationshipsDelete<O extends RequestOptions = {}, P extends string = 'custom_objects.object_relationships.delete'>(client: ClientFor<P, 'custom_objects.object_relationships.delete'>, input: CustomObjectsObjectRelationshipsDeleteInput, options?: O): ResultOf<CustomObjectsObjectRelationshipsDeleteResponse, O> {
  return $request(client as never, $customObjectsObjectRelationshipsDelete, input, options) as ResultOf<CustomObjectsObjectRelationshipsDeleteResponse, O>;
}

/** The input of `customObjectsObjectRelationshipsList`: parameters and body fields in one object. */
export type CustomObjectsObjectRelationshipsListInput = OperationInput<operations['customObjectsObjectRelationshipsList']>;
/** The success response body of `customObjectsObjectRelationshipsList`. */
export type CustomObjectsObjectRelationshipsListResponse = operations['customObjectsObjectRelationshipsList']['responses'][200]['content']['application/json'];
const $customObjectsObjectRelationshipsList: OperationDescriptor = { id: 'customObjectsObjectRelationshipsList', method: 'GET', path: '/custom_objects/objects/{type_name}/{external_id}/object_relationships', permissions: ['custom_objects.read'], params: [{ name: 'external_id', in: 'path' }, { name: 'type_name', in: 'path' }, { name: 'anchor', in: 'query' }, { name: 'limit', in: 'query' }, { name: 'offset', in: 'query' }, { name: 'rel_kind', in: 'query' }] };

/**
 * List the object relationships of a custom object
 *
 * Lists the custom objects related to one custom object, a page at a time, optionally of one relationship kind. With `anchor=source` each related object comes as `to_custom_object`, with `anchor=target` as `from_custom_object`. Custom Objects is in early access: the workspace must be enabled before its permissions can be chosen for a key.
 *
 * `GET /custom_objects/objects/{type_name}/{external_id}/object_relationships`
 * Permission: `custom_objects.read`.
 * Rate limit: 50 requests per minute (shared: custom-objects-read).
 * Early access: the endpoint may change.
 *
 * @see https://www.braze.com/docs/api/endpoints/custom_objects/object_relationships/get_list_object_relationships/
 *
 * @operation braze-rest-client customObjectsObjectRelationshipsList
 */
export function customObjectsObjectRelationshipsList<O extends RequestOptions = {}, P extends string = 'custom_objects.read'>(client: ClientFor<P, 'custom_objects.read'>, input: CustomObjectsObjectRelationshipsListInput, options?: O): ResultOf<CustomObjectsObjectRelationshipsListResponse, O> {
  return $request(client as never, $customObjectsObjectRelationshipsList, input, options) as ResultOf<CustomObjectsObjectRelationshipsListResponse, O>;
}

/**
 * List the object relationships of a custom object: iterates every item of every page (`for await`).
 *
 * `GET /custom_objects/objects/{type_name}/{external_id}/object_relationships`
 * Permission: `custom_objects.read`.
 * Rate limit: 50 requests per minute (shared: custom-objects-read).
 * Early access: the endpoint may change.
 *
 * @see https://www.braze.com/docs/api/endpoints/custom_objects/object_relationships/get_list_object_relationships/
 *
 * @operation braze-rest-client customObjectsObjectRelationshipsList
 */
export function customObjectsObjectRelationshipsListAll<P extends string = 'custom_objects.read'>(client: ClientFor<P, 'custom_objects.read'>, input: CustomObjectsObjectRelationshipsListInput, options?: RequestOptions): AsyncGenerator<ItemOf<CustomObjectsObjectRelationshipsListResponse, 'items'>, void, undefined> {
  return $paginate(client as never, $customObjectsObjectRelationshipsList, { style: 'offset', items: 'items', offset: 'offset', limit: 'limit', maxLimit: 250 }, input, options);
}

/**
 * List the object relationships of a custom object: iterates every page, one response body each (`for await`).
 *
 * `GET /custom_objects/objects/{type_name}/{external_id}/object_relationships`
 * Permission: `custom_objects.read`.
 * Rate limit: 50 requests per minute (shared: custom-objects-read).
 * Early access: the endpoint may change.
 *
 * @see https://www.braze.com/docs/api/endpoints/custom_objects/object_relationships/get_list_object_relationships/
 */
export function customObjectsObjectRelationshipsListPages<P extends string = 'custom_objects.read'>(client: ClientFor<P, 'custom_objects.read'>, input: CustomObjectsObjectRelationshipsListInput, options?: RequestOptions): AsyncGenerator<CustomObjectsObjectRelationshipsListResponse, void, undefined> {
  return $paginate(client as never, $customObjectsObjectRelationshipsList, { style: 'offset', items: 'items', offset: 'offset', limit: 'limit', maxLimit: 250 }, input, options, 1);
}

/** The input of `customObjectsObjectRelationshipsReplace`: parameters and body fields in one object. */
export type CustomObjectsObjectRelationshipsReplaceInput = OperationInput<operations['customObjectsObjectRelationshipsReplace'], 'object', 'application/json'>;
/** The success response body of `customObjectsObjectRelationshipsReplace`. */
export type CustomObjectsObjectRelationshipsReplaceResponse = operations['customObjectsObjectRelationshipsReplace']['responses'][200]['content']['application/json'];
const $customObjectsObjectRelationshipsReplace: OperationDescriptor = { id: 'customObjectsObjectRelationshipsReplace', method: 'PUT', path: '/custom_objects/objects/{type_name}/{external_id}/object_relationships', permissions: ['custom_objects.object_relationships.update'], params: [{ name: 'external_id', in: 'path' }, { name: 'type_name', in: 'path' }], body: 'object' };

/**
 * Create or replace an object relationship
 *
 * Creates a relationship between the custom object in the path and another custom object, or replaces the attributes of the existing one. Custom Objects is in early access: the workspace must be enabled before its permissions can be chosen for a key.
 *
 * `PUT /custom_objects/objects/{type_name}/{external_id}/object_relationships`
 * Permission: `custom_objects.object_relationships.update`.
 * Rate limit: 50 requests per minute (shared: custom-objects-write).
 * Early access: the endpoint may change.
 *
 * @see https://www.braze.com/docs/api/endpoints/custom_objects/object_relationships/put_replace_object_relationship/
 *
 * @operation braze-rest-client customObjectsObjectRelationshipsReplace
 */
export function customObjectsObjectRelationshipsReplace<O extends RequestOptions = {}, P extends string = 'custom_objects.object_relationships.update'>(client: ClientFor<P, 'custom_objects.object_relationships.update'>, input: CustomObjectsObjectRelationshipsReplaceInput, options?: O): ResultOf<CustomObjectsObjectRelationshipsReplaceResponse, O> {
  return $request(client as never, $customObjectsObjectRelationshipsReplace, input, options) as ResultOf<CustomObjectsObjectRelationshipsReplaceResponse, O>;
}

/** The input of `customObjectsObjectRelationshipsUpdate`: parameters and body fields in one object. */
export type CustomObjectsObjectRelationshipsUpdateInput = OperationInput<operations['customObjectsObjectRelationshipsUpdate'], 'object', 'application/json'>;
/** The success response body of `customObjectsObjectRelationshipsUpdate`. */
export type CustomObjectsObjectRelationshipsUpdateResponse = operations['customObjectsObjectRelationshipsUpdate']['responses'][200]['content']['application/json'];
const $customObjectsObjectRelationshipsUpdate: OperationDescriptor = { id: 'customObjectsObjectRelationshipsUpdate', method: 'PATCH', path: '/custom_objects/objects/{type_name}/{external_id}/object_relationships', permissions: ['custom_objects.object_relationships.update'], params: [{ name: 'external_id', in: 'path' }, { name: 'type_name', in: 'path' }], body: 'object' };

/**
 * Update an object relationship
 *
 * Merges attributes into an existing relationship between the custom object in the path and another custom object; attributes left out keep their values. Custom Objects is in early access: the workspace must be enabled before its permissions can be chosen for a key.
 *
 * `PATCH /custom_objects/objects/{type_name}/{external_id}/object_relationships`
 * Permission: `custom_objects.object_relationships.update`.
 * Rate limit: 50 requests per minute (shared: custom-objects-write).
 * Early access: the endpoint may change.
 *
 * @see https://www.braze.com/docs/api/endpoints/custom_objects/object_relationships/patch_update_object_relationship/
 *
 * @operation braze-rest-client customObjectsObjectRelationshipsUpdate
 */
export function customObjectsObjectRelationshipsUpdate<O extends RequestOptions = {}, P extends string = 'custom_objects.object_relationships.update'>(client: ClientFor<P, 'custom_objects.object_relationships.update'>, input: CustomObjectsObjectRelationshipsUpdateInput, options?: O): ResultOf<CustomObjectsObjectRelationshipsUpdateResponse, O> {
  return $request(client as never, $customObjectsObjectRelationshipsUpdate, input, options) as ResultOf<CustomObjectsObjectRelationshipsUpdateResponse, O>;
}

/** The input of `customObjectsObjectsCreate`: parameters and body fields in one object. */
export type CustomObjectsObjectsCreateInput = OperationInput<operations['customObjectsObjectsCreate'], 'object', 'application/json'>;
/** The success response body of `customObjectsObjectsCreate`. */
export type CustomObjectsObjectsCreateResponse = operations['customObjectsObjectsCreate']['responses'][201]['content']['application/json'];
const $customObjectsObjectsCreate: OperationDescriptor = { id: 'customObjectsObjectsCreate', method: 'POST', path: '/custom_objects/objects/{type_name}', permissions: ['custom_objects.create'], params: [{ name: 'type_name', in: 'path' }], body: 'object' };

/**
 * Create a custom object
 *
 * Creates one object of a custom object type. Every attribute must be declared by the type. Fails with 409 when an object with that identifier exists (replace it with PUT instead) and with 422 when the type holds as many objects as the workspace allows. Custom Objects is in early access: the workspace must be enabled before its permissions can be chosen for a key.
 *
 * `POST /custom_objects/objects/{type_name}`
 * Permission: `custom_objects.create`.
 * Rate limit: 50 requests per minute (shared: custom-objects-write).
 * Early access: the endpoint may change.
 *
 * @see https://www.braze.com/docs/api/endpoints/custom_objects/objects/post_create_custom_object/
 *
 * @operation braze-rest-client customObjectsObjectsCreate
 */
export function customObjectsObjectsCreate<O extends RequestOptions = {}, P extends string = 'custom_objects.create'>(client: ClientFor<P, 'custom_objects.create'>, input: CustomObjectsObjectsCreateInput, options?: O): ResultOf<CustomObjectsObjectsCreateResponse, O> {
  return $request(client as never, $customObjectsObjectsCreate, input, options) as ResultOf<CustomObjectsObjectsCreateResponse, O>;
}

/** The input of `customObjectsObjectsDelete`: parameters and body fields in one object. */
export type CustomObjectsObjectsDeleteInput = OperationInput<operations['customObjectsObjectsDelete']>;
/** The success response body of `customObjectsObjectsDelete`. */
export type CustomObjectsObjectsDeleteResponse = operations['customObjectsObjectsDelete']['responses'][200]['content']['application/json'];
const $customObjectsObjectsDelete: OperationDescriptor = { id: 'customObjectsObjectsDelete', method: 'DELETE', path: '/custom_objects/objects/{type_name}/{external_id}', permissions: ['custom_objects.delete'], params: [{ name: 'external_id', in: 'path' }, { name: 'type_name', in: 'path' }] };

/**
 * Delete a custom object
 *
 * Deletes one custom object at once (synchronously). Objects related to it are not deleted. Custom Objects is in early access: the workspace must be enabled before its permissions can be chosen for a key.
 *
 * `DELETE /custom_objects/objects/{type_name}/{external_id}`
 * Permission: `custom_objects.delete`.
 * Rate limit: 50 requests per minute (shared: custom-objects-write).
 * Early access: the endpoint may change.
 *
 * @see https://www.braze.com/docs/api/endpoints/custom_objects/objects/delete_custom_object/
 *
 * @operation braze-rest-client customObjectsObjectsDelete
 */
export function customObjectsObjectsDelete<O extends RequestOptions = {}, P extends string = 'custom_objects.delete'>(client: ClientFor<P, 'custom_objects.delete'>, input: CustomObjectsObjectsDeleteInput, options?: O): ResultOf<CustomObjectsObjectsDeleteResponse, O> {
  return $request(client as never, $customObjectsObjectsDelete, input, options) as ResultOf<CustomObjectsObjectsDeleteResponse, O>;
}

/** The input of `customObjectsObjectsGet`: parameters and body fields in one object. */
export type CustomObjectsObjectsGetInput = OperationInput<operations['customObjectsObjectsGet']>;
/** The success response body of `customObjectsObjectsGet`. */
export type CustomObjectsObjectsGetResponse = operations['customObjectsObjectsGet']['responses'][200]['content']['application/json'];
const $customObjectsObjectsGet: OperationDescriptor = { id: 'customObjectsObjectsGet', method: 'GET', path: '/custom_objects/objects/{type_name}/{external_id}', permissions: ['custom_objects.read'], params: [{ name: 'external_id', in: 'path' }, { name: 'type_name', in: 'path' }] };

/**
 * Get a custom object
 *
 * Returns one custom object with its attributes. Custom Objects is in early access: the workspace must be enabled before its permissions can be chosen for a key.
 *
 * `GET /custom_objects/objects/{type_name}/{external_id}`
 * Permission: `custom_objects.read`.
 * Rate limit: 50 requests per minute (shared: custom-objects-read).
 * Early access: the endpoint may change.
 *
 * @see https://www.braze.com/docs/api/endpoints/custom_objects/objects/get_custom_object/
 *
 * @operation braze-rest-client customObjectsObjectsGet
 */
export function customObjectsObjectsGet<O extends RequestOptions = {}, P extends string = 'custom_objects.read'>(client: ClientFor<P, 'custom_objects.read'>, input: CustomObjectsObjectsGetInput, options?: O): ResultOf<CustomObjectsObjectsGetResponse, O> {
  return $request(client as never, $customObjectsObjectsGet, input, options) as ResultOf<CustomObjectsObjectsGetResponse, O>;
}

/** The input of `customObjectsObjectsList`: parameters and body fields in one object. */
export type CustomObjectsObjectsListInput = OperationInput<operations['customObjectsObjectsList']>;
/** The success response body of `customObjectsObjectsList`. */
export type CustomObjectsObjectsListResponse = operations['customObjectsObjectsList']['responses'][200]['content']['application/json'];
const $customObjectsObjectsList: OperationDescriptor = { id: 'customObjectsObjectsList', method: 'GET', path: '/custom_objects/objects/{type_name}', permissions: ['custom_objects.read'], params: [{ name: 'type_name', in: 'path' }, { name: 'limit', in: 'query' }, { name: 'offset', in: 'query' }, { name: 'search_term', in: 'query' }] };

/**
 * List custom objects
 *
 * Lists the objects of one custom object type, a page at a time, optionally only those whose identifier contains a search term. Custom Objects is in early access: the workspace must be enabled before its permissions can be chosen for a key.
 *
 * `GET /custom_objects/objects/{type_name}`
 * Permission: `custom_objects.read`.
 * Rate limit: 50 requests per minute (shared: custom-objects-read).
 * Early access: the endpoint may change.
 *
 * @see https://www.braze.com/docs/api/endpoints/custom_objects/objects/get_list_custom_objects/
 *
 * @operation braze-rest-client customObjectsObjectsList
 */
export function customObjectsObjectsList<O extends RequestOptions = {}, P extends string = 'custom_objects.read'>(client: ClientFor<P, 'custom_objects.read'>, input: CustomObjectsObjectsListInput, options?: O): ResultOf<CustomObjectsObjectsListResponse, O> {
  return $request(client as never, $customObjectsObjectsList, input, options) as ResultOf<CustomObjectsObjectsListResponse, O>;
}

/**
 * List custom objects: iterates every item of every page (`for await`).
 *
 * `GET /custom_objects/objects/{type_name}`
 * Permission: `custom_objects.read`.
 * Rate limit: 50 requests per minute (shared: custom-objects-read).
 * Early access: the endpoint may change.
 *
 * @see https://www.braze.com/docs/api/endpoints/custom_objects/objects/get_list_custom_objects/
 *
 * @operation braze-rest-client customObjectsObjectsList
 */
export function customObjectsObjectsListAll<P extends string = 'custom_objects.read'>(client: ClientFor<P, 'custom_objects.read'>, input: CustomObjectsObjectsListInput, options?: RequestOptions): AsyncGenerator<ItemOf<CustomObjectsObjectsListResponse, 'items'>, void, undefined> {
  return $paginate(client as never, $customObjectsObjectsList, { style: 'offset', items: 'items', offset: 'offset', limit: 'limit', maxLimit: 250 }, input, options);
}

/**
 * List custom objects: iterates every page, one response body each (`for await`).
 *
 * `GET /custom_objects/objects/{type_name}`
 * Permission: `custom_objects.read`.
 * Rate limit: 50 requests per minute (shared: custom-objects-read).
 * Early access: the endpoint may change.
 *
 * @see https://www.braze.com/docs/api/endpoints/custom_objects/objects/get_list_custom_objects/
 */
export function customObjectsObjectsListPages<P extends string = 'custom_objects.read'>(client: ClientFor<P, 'custom_objects.read'>, input: CustomObjectsObjectsListInput, options?: RequestOptions): AsyncGenerator<CustomObjectsObjectsListResponse, void, undefined> {
  return $paginate(client as never, $customObjectsObjectsList, { style: 'offset', items: 'items', offset: 'offset', limit: 'limit', maxLimit: 250 }, input, options, 1);
}

/** The input of `customObjectsObjectsReplace`: parameters and body fields in one object. */
export type CustomObjectsObjectsReplaceInput = OperationInput<operations['customObjectsObjectsReplace'], 'object', 'application/json'>;
/** The success response body of `customObjectsObjectsReplace`. */
export type CustomObjectsObjectsReplaceResponse = operations['customObjectsObjectsReplace']['responses'][200]['content']['application/json'];
const $customObjectsObjectsReplace: OperationDescriptor = { id: 'customObjectsObjectsReplace', method: 'PUT', path: '/custom_objects/objects/{type_name}/{external_id}', permissions: ['custom_objects.update'], params: [{ name: 'external_id', in: 'path' }, { name: 'type_name', in: 'path' }], body: 'object' };

/**
 * Create or replace a custom object
 *
 * Replaces all attributes of a custom object (fields left out are cleared), creating the object when it does not exist; the answer is 200 either way. Fails with 422 when creating it would exceed the workspace's object limit for the type. Custom Objects is in early access: the workspace must be enabled before its permissions can be chosen for a key.
 *
 * `PUT /custom_objects/objects/{type_name}/{external_id}`
 * Permission: `custom_objects.update`.
 * Rate limit: 50 requests per minute (shared: custom-objects-write).
 * Early access: the endpoint may change.
 *
 * @see https://www.braze.com/docs/api/endpoints/custom_objects/objects/put_replace_custom_object/
 *
 * @operation braze-rest-client customObjectsObjectsReplace
 */
export function customObjectsObjectsReplace<O extends RequestOptions = {}, P extends string = 'custom_objects.update'>(client: ClientFor<P, 'custom_objects.update'>, input: CustomObjectsObjectsReplaceInput, options?: O): ResultOf<CustomObjectsObjectsReplaceResponse, O> {
  return $request(client as never, $customObjectsObjectsReplace, input, options) as ResultOf<CustomObjectsObjectsReplaceResponse, O>;
}

/** The input of `customObjectsObjectsUpdate`: parameters and body fields in one object. */
export type CustomObjectsObjectsUpdateInput = OperationInput<operations['customObjectsObjectsUpdate'], 'object', 'application/json'>;
/** The success response body of `customObjectsObjectsUpdate`. */
export type CustomObjectsObjectsUpdateResponse = operations['customObjectsObjectsUpdate']['responses'][200]['content']['application/json'];
const $customObjectsObjectsUpdate: OperationDescriptor = { id: 'customObjectsObjectsUpdate', method: 'PATCH', path: '/custom_objects/objects/{type_name}/{external_id}', permissions: ['custom_objects.update'], params: [{ name: 'external_id', in: 'path' }, { name: 'type_name', in: 'path' }], body: 'object' };

/**
 * Update a custom object
 *
 * Merges the given top-level attributes into an existing custom object, leaving its other attributes as they are, and returns the merged object. Custom Objects is in early access: the workspace must be enabled before its permissions can be chosen for a key.
 *
 * `PATCH /custom_objects/objects/{type_name}/{external_id}`
 * Permission: `custom_objects.update`.
 * Rate limit: 50 requests per minute (shared: custom-objects-write).
 * Early access: the endpoint may change.
 *
 * @see https://www.braze.com/docs/api/endpoints/custom_objects/objects/patch_update_custom_object/
 *
 * @operation braze-rest-client customObjectsObjectsUpdate
 */
export function customObjectsObjectsUpdate<O extends RequestOptions = {}, P extends string = 'custom_objects.update'>(client: ClientFor<P, 'custom_objects.update'>, input: CustomObjectsObjectsUpdateInput, options?: O): ResultOf<CustomObjectsObjectsUpdateResponse, O> {
  return $request(client as never, $customObjectsObjectsUpdate, input, options) as ResultOf<CustomObjectsObjectsUpdateResponse, O>;
}

/** The input of `customObjectsTypesGet`: parameters and body fields in one object. */
export type CustomObjectsTypesGetInput = OperationInput<operations['customObjectsTypesGet']>;
/** The success response body of `customObjectsTypesGet`. */
export type CustomObjectsTypesGetResponse = operations['customObjectsTypesGet']['responses'][200]['content']['application/json'];
const $customObjectsTypesGet: OperationDescriptor = { id: 'customObjectsTypesGet', method: 'GET', path: '/custom_objects/types/{type_name}', permissions: ['custom_objects.read'], params: [{ name: 'type_name', in: 'path' }] };

/**
 * Get a custom object type
 *
 * Returns one custom object type with the JSON Schema of its fields, which tells which attributes its objects may hold. Custom Objects is in early access: the workspace must be enabled before its permissions can be chosen for a key.
 *
 * `GET /custom_objects/types/{type_name}`
 * Permission: `custom_objects.read`.
 * Rate limit: 50 requests per minute (shared: custom-objects-read).
 * Early access: the endpoint may change.
 *
 * @see https://www.braze.com/docs/api/endpoints/custom_objects/types/get_custom_object_type/
 *
 * @operation braze-rest-client customObjectsTypesGet
 */
export function customObjectsTypesGet<O extends RequestOptions = {}, P extends string = 'custom_objects.read'>(client: ClientFor<P, 'custom_objects.read'>, input: CustomObjectsTypesGetInput, options?: O): ResultOf<CustomObjectsTypesGetResponse, O> {
  return $request(client as never, $customObjectsTypesGet, input, options) as ResultOf<CustomObjectsTypesGetResponse, O>;
}

/** The input of `customObjectsTypesList`: parameters and body fields in one object. */
export type CustomObjectsTypesListInput = OperationInput<operations['customObjectsTypesList']>;
/** The success response body of `customObjectsTypesList`. */
export type CustomObjectsTypesListResponse = operations['customObjectsTypesList']['responses'][200]['content']['application/json'];
const $customObjectsTypesList: OperationDescriptor = { id: 'customObjectsTypesList', method: 'GET', path: '/custom_objects/types', permissions: ['custom_objects.read'], params: [{ name: 'limit', in: 'query' }, { name: 'offset', in: 'query' }, { name: 'search_term', in: 'query' }] };

/**
 * List custom object types
 *
 * Lists the custom object types of the workspace, a page at a time, optionally only those whose name starts with a search term. Custom Objects is in early access: the workspace must be enabled before its permissions can be chosen for a key.
 *
 * `GET /custom_objects/types`
 * Permission: `custom_objects.read`.
 * Rate limit: 50 requests per minute (shared: custom-objects-read).
 * Early access: the endpoint may change.
 *
 * @see https://www.braze.com/docs/api/endpoints/custom_objects/types/get_list_custom_object_types/
 *
 * @operation braze-rest-client customObjectsTypesList
 */
export function customObjectsTypesList<O extends RequestOptions = {}, P extends string = 'custom_objects.read'>(client: ClientFor<P, 'custom_objects.read'>, input?: CustomObjectsTypesListInput, options?: O): ResultOf<CustomObjectsTypesListResponse, O> {
  return $request(client as never, $customObjectsTypesList, input, options) as ResultOf<CustomObjectsTypesListResponse, O>;
}

/**
 * List custom object types: iterates every item of every page (`for await`).
 *
 * `GET /custom_objects/types`
 * Permission: `custom_objects.read`.
 * Rate limit: 50 requests per minute (shared: custom-objects-read).
 * Early access: the endpoint may change.
 *
 * @see https://www.braze.com/docs/api/endpoints/custom_objects/types/get_list_custom_object_types/
 *
 * @operation braze-rest-client customObjectsTypesList
 */
export function customObjectsTypesListAll<P extends string = 'custom_objects.read'>(client: ClientFor<P, 'custom_objects.read'>, input?: CustomObjectsTypesListInput, options?: RequestOptions): AsyncGenerator<ItemOf<CustomObjectsTypesListResponse, 'items'>, void, undefined> {
  return $paginate(client as never, $customObjectsTypesList, { style: 'offset', items: 'items', offset: 'offset', limit: 'limit', maxLimit: 250 }, input, options);
}

/**
 * List custom object types: iterates every page, one response body each (`for await`).
 *
 * `GET /custom_objects/types`
 * Permission: `custom_objects.read`.
 * Rate limit: 50 requests per minute (shared: custom-objects-read).
 * Early access: the endpoint may change.
 *
 * @see https://www.braze.com/docs/api/endpoints/custom_objects/types/get_list_custom_object_types/
 */
export function customObjectsTypesListPages<P extends string = 'custom_objects.read'>(client: ClientFor<P, 'custom_objects.read'>, input?: CustomObjectsTypesListInput, options?: RequestOptions): AsyncGenerator<CustomObjectsTypesListResponse, void, undefined> {
  return $paginate(client as never, $customObjectsTypesList, { style: 'offset', items: 'items', offset: 'offset', limit: 'limit', maxLimit: 250 }, input, options, 1);
}

/** The input of `customObjectsTypesListObjectRelationshipTypes`: parameters and body fields in one object. */
export type CustomObjectsTypesListObjectRelationshipTypesInput = OperationInput<operations['customObjectsTypesListObjectRelationshipTypes']>;
/** The success response body of `customObjectsTypesListObjectRelationshipTypes`. */
export type CustomObjectsTypesListObjectRelationshipTypesResponse = operations['customObjectsTypesListObjectRelationshipTypes']['responses'][200]['content']['application/json'];
const $customObjectsTypesListObjectRelationshipTypes: OperationDescriptor = { id: 'customObjectsTypesListObjectRelationshipTypes', method: 'GET', path: '/custom_objects/types/{type_name}/object_relationship_types', permissions: ['custom_objects.read'], params: [{ name: 'type_name', in: 'path' }, { name: 'anchor', in: 'query' }, { name: 'limit', in: 'query' }, { name: 'offset', in: 'query' }] };

/**
 * List object relationship types of a custom object type
 *
 * Lists the relationship kinds that can link objects of this type to other custom objects, from the side given by `anchor`; use them as `rel_kind` in object relationship requests. Custom Objects is in early access: the workspace must be enabled before its permissions can be chosen for a key.
 *
 * `GET /custom_objects/types/{type_name}/object_relationship_types`
 * Permission: `custom_objects.read`.
 * Rate limit: 50 requests per minute (shared: custom-objects-read).
 * Early access: the endpoint may change.
 *
 * @see https://www.braze.com/docs/api/endpoints/custom_objects/types/get_list_object_relationship_types/
 *
 * @operation braze-rest-client customObjectsTypesListObjectRelationshipTypes
 */
export function customObjectsTypesListObjectRelationshipTypes<O extends RequestOptions = {}, P extends string = 'custom_objects.read'>(client: ClientFor<P, 'custom_objects.read'>, input: CustomObjectsTypesListObjectRelationshipTypesInput, options?: O): ResultOf<CustomObjectsTypesListObjectRelationshipTypesResponse, O> {
  return $request(client as never, $customObjectsTypesListObjectRelationshipTypes, input, options) as ResultOf<CustomObjectsTypesListObjectRelationshipTypesResponse, O>;
}

/**
 * List object relationship types of a custom object type: iterates every item of every page (`for await`).
 *
 * `GET /custom_objects/types/{type_name}/object_relationship_types`
 * Permission: `custom_objects.read`.
 * Rate limit: 50 requests per minute (shared: custom-objects-read).
 * Early access: the endpoint may change.
 *
 * @see https://www.braze.com/docs/api/endpoints/custom_objects/types/get_list_object_relationship_types/
 *
 * @operation braze-rest-client customObjectsTypesListObjectRelationshipTypes
 */
export function customObjectsTypesListObjectRelationshipTypesAll<P extends string = 'custom_objects.read'>(client: ClientFor<P, 'custom_objects.read'>, input: CustomObjectsTypesListObjectRelationshipTypesInput, options?: RequestOptions): AsyncGenerator<ItemOf<CustomObjectsTypesListObjectRelationshipTypesResponse, 'items'>, void, undefined> {
  return $paginate(client as never, $customObjectsTypesListObjectRelationshipTypes, { style: 'offset', items: 'items', offset: 'offset', limit: 'limit', maxLimit: 250 }, input, options);
}

/**
 * List object relationship types of a custom object type: iterates every page, one response body each (`for await`).
 *
 * `GET /custom_objects/types/{type_name}/object_relationship_types`
 * Permission: `custom_objects.read`.
 * Rate limit: 50 requests per minute (shared: custom-objects-read).
 * Early access: the endpoint may change.
 *
 * @see https://www.braze.com/docs/api/endpoints/custom_objects/types/get_list_object_relationship_types/
 */
export function customObjectsTypesListObjectRelationshipTypesPages<P extends string = 'custom_objects.read'>(client: ClientFor<P, 'custom_objects.read'>, input: CustomObjectsTypesListObjectRelationshipTypesInput, options?: RequestOptions): AsyncGenerator<CustomObjectsTypesListObjectRelationshipTypesResponse, void, undefined> {
  return $paginate(client as never, $customObjectsTypesListObjectRelationshipTypes, { style: 'offset', items: 'items', offset: 'offset', limit: 'limit', maxLimit: 250 }, input, options, 1);
}

/** The input of `customObjectsTypesListUserRelationshipTypes`: parameters and body fields in one object. */
export type CustomObjectsTypesListUserRelationshipTypesInput = OperationInput<operations['customObjectsTypesListUserRelationshipTypes']>;
/** The success response body of `customObjectsTypesListUserRelationshipTypes`. */
export type CustomObjectsTypesListUserRelationshipTypesResponse = operations['customObjectsTypesListUserRelationshipTypes']['responses'][200]['content']['application/json'];
const $customObjectsTypesListUserRelationshipTypes: OperationDescriptor = { id: 'customObjectsTypesListUserRelationshipTypes', method: 'GET', path: '/custom_objects/types/{type_name}/user_relationship_types', permissions: ['custom_objects.read'], params: [{ name: 'type_name', in: 'path' }, { name: 'limit', in: 'query' }, { name: 'offset', in: 'query' }] };

/**
 * List user relationship types of a custom object type
 *
 * Lists the relationship kinds that can link users to objects of this type; use them as `rel_kind` in user relationship requests. Custom Objects is in early access: the workspace must be enabled before its permissions can be chosen for a key.
 *
 * `GET /custom_objects/types/{type_name}/user_relationship_types`
 * Permission: `custom_objects.read`.
 * Rate limit: 50 requests per minute (shared: custom-objects-read).
 * Early access: the endpoint may change.
 *
 * @see https://www.braze.com/docs/api/endpoints/custom_objects/types/get_list_user_relationship_types/
 *
 * @operation braze-rest-client customObjectsTypesListUserRelationshipTypes
 */
export function customObjectsTypesListUserRelationshipTypes<O extends RequestOptions = {}, P extends string = 'custom_objects.read'>(client: ClientFor<P, 'custom_objects.read'>, input: CustomObjectsTypesListUserRelationshipTypesInput, options?: O): ResultOf<CustomObjectsTypesListUserRelationshipTypesResponse, O> {
  return $request(client as never, $customObjectsTypesListUserRelationshipTypes, input, options) as ResultOf<CustomObjectsTypesListUserRelationshipTypesResponse, O>;
}

/**
 * List user relationship types of a custom object type: iterates every item of every page (`for await`).
 *
 * `GET /custom_objects/types/{type_name}/user_relationship_types`
 * Permission: `custom_objects.read`.
 * Rate limit: 50 requests per minute (shared: custom-objects-read).
 * Early access: the endpoint may change.
 *
 * @see https://www.braze.com/docs/api/endpoints/custom_objects/types/get_list_user_relationship_types/
 *
 * @operation braze-rest-client customObjectsTypesListUserRelationshipTypes
 */
export function customObjectsTypesListUserRelationshipTypesAll<P extends string = 'custom_objects.read'>(client: ClientFor<P, 'custom_objects.read'>, input: CustomObjectsTypesListUserRelationshipTypesInput, options?: RequestOptions): AsyncGenerator<ItemOf<CustomObjectsTypesListUserRelationshipTypesResponse, 'items'>, void, undefined> {
  return $paginate(client as never, $customObjectsTypesListUserRelationshipTypes, { style: 'offset', items: 'items', offset: 'offset', limit: 'limit', maxLimit: 250 }, input, options);
}

/**
 * List user relationship types of a custom object type: iterates every page, one response body each (`for await`).
 *
 * `GET /custom_objects/types/{type_name}/user_relationship_types`
 * Permission: `custom_objects.read`.
 * Rate limit: 50 requests per minute (shared: custom-objects-read).
 * Early access: the endpoint may change.
 *
 * @see https://www.braze.com/docs/api/endpoints/custom_objects/types/get_list_user_relationship_types/
 */
export function customObjectsTypesListUserRelationshipTypesPages<P extends string = 'custom_objects.read'>(client: ClientFor<P, 'custom_objects.read'>, input: CustomObjectsTypesListUserRelationshipTypesInput, options?: RequestOptions): AsyncGenerator<CustomObjectsTypesListUserRelationshipTypesResponse, void, undefined> {
  return $paginate(client as never, $customObjectsTypesListUserRelationshipTypes, { style: 'offset', items: 'items', offset: 'offset', limit: 'limit', maxLimit: 250 }, input, options, 1);
}

/** The input of `customObjectsUserRelationshipsCreate`: parameters and body fields in one object. */
export type CustomObjectsUserRelationshipsCreateInput = OperationInput<operations['customObjectsUserRelationshipsCreate'], 'object', 'application/json'>;
/** The success response body of `customObjectsUserRelationshipsCreate`. */
export type CustomObjectsUserRelationshipsCreateResponse = operations['customObjectsUserRelationshipsCreate']['responses'][201]['content']['application/json'];
const $customObjectsUserRelationshipsCreate: OperationDescriptor = { id: 'customObjectsUserRelationshipsCreate', method: 'POST', path: '/custom_objects/objects/{type_name}/{external_id}/users', permissions: ['custom_objects.user_relationships.create'], params: [{ name: 'external_id', in: 'path' }, { name: 'type_name', in: 'path' }], body: 'object' };

/**
 * Link a user to a custom object
 *
 * Creates a relationship between one Braze user and the custom object. Fails with 409 when the link exists and with 422 when the user or the object has as many links as the workspace allows. Custom Objects is in early access: the workspace must be enabled before its permissions can be chosen for a key.
 *
 * `POST /custom_objects/objects/{type_name}/{external_id}/users`
 * Permission: `custom_objects.user_relationships.create`.
 * Rate limit: 50 requests per minute (shared: custom-objects-write).
 * Early access: the endpoint may change.
 *
 * @see https://www.braze.com/docs/api/endpoints/custom_objects/user_relationships/post_create_user_relationship/
 *
 * @operation braze-rest-client customObjectsUserRelationshipsCreate
 */
export function customObjectsUserRelationshipsCreate<O extends RequestOptions = {}, P extends string = 'custom_objects.user_relationships.create'>(client: ClientFor<P, 'custom_objects.user_relationships.create'>, input: CustomObjectsUserRelationshipsCreateInput, options?: O): ResultOf<CustomObjectsUserRelationshipsCreateResponse, O> {
  return $request(client as never, $customObjectsUserRelationshipsCreate, input, options) as ResultOf<CustomObjectsUserRelationshipsCreateResponse, O>;
}

/** The input of `customObjectsUserRelationshipsDelete`: parameters and body fields in one object. */
export type CustomObjectsUserRelationshipsDeleteInput = OperationInput<operations['customObjectsUserRelationshipsDelete'], 'object', 'application/json'>;
/** The success response body of `customObjectsUserRelationshipsDelete`. */
export type CustomObjectsUserRelationshipsDeleteResponse = operations['customObjectsUserRelationshipsDelete']['responses'][200]['content']['application/json'];
const $customObjectsUserRelationshipsDelete: OperationDescriptor = { id: 'customObjectsUserRelationshipsDelete', method: 'DELETE', path: '/custom_objects/objects/{type_name}/{external_id}/users', permissions: ['custom_objects.user_relationships.delete'], params: [{ name: 'external_id', in: 'path' }, { name: 'type_name', in: 'path' }], body: 'object' };

/**
 * Unlink a user from a custom object
 *
 * Deletes one link between a Braze user and the custom object; the user profile and the object stay. The link is named in a JSON body, so the HTTP client must send a body with DELETE. Custom Objects is in early access: the workspace must be enabled before its permissions can be chosen for a key.
 *
 * `DELETE /custom_objects/objects/{type_name}/{external_id}/users`
 * Permission: `custom_objects.user_relationships.delete`.
 * Rate limit: 50 requests per minute (shared: custom-objects-write).
 * Early access: the endpoint may change.
 *
 * @see https://www.braze.com/docs/api/endpoints/custom_objects/user_relationships/delete_user_relationship/
 *
 * @operation braze-rest-client customObjectsUserRelationshipsDelete
 */
export function customObjectsUserRelationshipsDelete<O extends RequestOptions = {}, P extends string = 'custom_objects.user_relationships.delete'>(client: ClientFor<P, 'custom_objects.user_relationships.delete'>, input: CustomObjectsUserRelationshipsDeleteInput, options?: O): ResultOf<CustomObjectsUserRelationshipsDeleteResponse, O> {
  return $request(client as never, $customObjectsUserRelationshipsDelete, input, options) as ResultOf<CustomObjectsUserRelationshipsDeleteResponse, O>;
}

/** The input of `customObjectsUserRelationshipsList`: parameters and body fields in one object. */
export type CustomObjectsUserRelationshipsListInput = OperationInput<operations['customObjectsUserRelationshipsList']>;
/** The success response body of `customObjectsUserRelationshipsList`. */
export type CustomObjectsUserRelationshipsListResponse = operations['customObjectsUserRelationshipsList']['responses'][200]['content']['application/json'];
const $customObjectsUserRelationshipsList: OperationDescriptor = { id: 'customObjectsUserRelationshipsList', method: 'GET', path: '/custom_objects/objects/{type_name}/{external_id}/user_relationships', permissions: ['custom_objects.user_relationships.read'], params: [{ name: 'external_id', in: 'path' }, { name: 'type_name', in: 'path' }, { name: 'limit', in: 'query' }, { name: 'offset', in: 'query' }, { name: 'rel_kind', in: 'query' }] };

/**
 * List the users related to a custom object
 *
 * Lists the users linked to one custom object, a page at a time, optionally of one relationship kind. Each user is given by Braze ID only. Custom Objects is in early access: the workspace must be enabled before its permissions can be chosen for a key.
 *
 * `GET /custom_objects/objects/{type_name}/{external_id}/user_relationships`
 * Permission: `custom_objects.user_relationships.read`.
 * Rate limit: 50 requests per minute (shared: custom-objects-read).
 * Early access: the endpoint may change.
 *
 * @see https://www.braze.com/docs/api/endpoints/custom_objects/user_relationships/get_list_user_relationships/
 *
 * @operation braze-rest-client customObjectsUserRelationshipsList
 */
export function customObjectsUserRelationshipsList<O extends RequestOptions = {}, P extends string = 'custom_objects.user_relationships.read'>(client: ClientFor<P, 'custom_objects.user_relationships.read'>, input: CustomObjectsUserRelationshipsListInput, options?: O): ResultOf<CustomObjectsUserRelationshipsListResponse, O> {
  return $request(client as never, $customObjectsUserRelationshipsList, input, options) as ResultOf<CustomObjectsUserRelationshipsListResponse, O>;
}

/**
 * List the users related to a custom object: iterates every item of every page (`for await`).
 *
 * `GET /custom_objects/objects/{type_name}/{external_id}/user_relationships`
 * Permission: `custom_objects.user_relationships.read`.
 * Rate limit: 50 requests per minute (shared: custom-objects-read).
 * Early access: the endpoint may change.
 *
 * @see https://www.braze.com/docs/api/endpoints/custom_objects/user_relationships/get_list_user_relationships/
 *
 * @operation braze-rest-client customObjectsUserRelationshipsList
 */
export function customObjectsUserRelationshipsListAll<P extends string = 'custom_objects.user_relationships.read'>(client: ClientFor<P, 'custom_objects.user_relationships.read'>, input: CustomObjectsUserRelationshipsListInput, options?: RequestOptions): AsyncGenerator<ItemOf<CustomObjectsUserRelationshipsListResponse, 'items'>, void, undefined> {
  return $paginate(client as never, $customObjectsUserRelationshipsList, { style: 'offset', items: 'items', offset: 'offset', limit: 'limit', maxLimit: 250 }, input, options);
}

/**
 * List the users related to a custom object: iterates every page, one response body each (`for await`).
 *
 * `GET /custom_objects/objects/{type_name}/{external_id}/user_relationships`
 * Permission: `custom_objects.user_relationships.read`.
 * Rate limit: 50 requests per minute (shared: custom-objects-read).
 * Early access: the endpoint may change.
 *
 * @see https://www.braze.com/docs/api/endpoints/custom_objects/user_relationships/get_list_user_relationships/
 */
export function customObjectsUserRelationshipsListPages<P extends string = 'custom_objects.user_relationships.read'>(client: ClientFor<P, 'custom_objects.user_relationships.read'>, input: CustomObjectsUserRelationshipsListInput, options?: RequestOptions): AsyncGenerator<CustomObjectsUserRelationshipsListResponse, void, undefined> {
  return $paginate(client as never, $customObjectsUserRelationshipsList, { style: 'offset', items: 'items', offset: 'offset', limit: 'limit', maxLimit: 250 }, input, options, 1);
}

/** The input of `customObjectsUserRelationshipsReplace`: parameters and body fields in one object. */
export type CustomObjectsUserRelationshipsReplaceInput = OperationInput<operations['customObjectsUserRelationshipsReplace'], 'object', 'application/json'>;
/** The success response body of `customObjectsUserRelationshipsReplace`. */
export type CustomObjectsUserRelationshipsReplaceResponse = operations['customObjectsUserRelationshipsReplace']['responses'][200]['content']['application/json'];
const $customObjectsUserRelationshipsReplace: OperationDescriptor = { id: 'customObjectsUserRelationshipsReplace', method: 'PUT', path: '/custom_objects/objects/{type_name}/{external_id}/users', permissions: ['custom_objects.user_relationships.update'], params: [{ name: 'external_id', in: 'path' }, { name: 'type_name', in: 'path' }], body: 'object' };

/**
 * Create or replace a user relationship
 *
 * Links a Braze user to the custom object, or replaces all attributes of the existing link. Custom Objects is in early access: the workspace must be enabled before its permissions can be chosen for a key.
 *
 * `PUT /custom_objects/objects/{type_name}/{external_id}/users`
 * Permission: `custom_objects.user_relationships.update`.
 * Rate limit: 50 requests per minute (shared: custom-objects-write).
 * Early access: the endpoint may change.
 *
 * @see https://www.braze.com/docs/api/endpoints/custom_objects/user_relationships/put_replace_user_relationship/
 *
 * @operation braze-rest-client customObjectsUserRelationshipsReplace
 */
export function customObjectsUserRelationshipsReplace<O extends RequestOptions = {}, P extends string = 'custom_objects.user_relationships.update'>(client: ClientFor<P, 'custom_objects.user_relationships.update'>, input: CustomObjectsUserRelationshipsReplaceInput, options?: O): ResultOf<CustomObjectsUserRelationshipsReplaceResponse, O> {
  return $request(client as never, $customObjectsUserRelationshipsReplace, input, options) as ResultOf<CustomObjectsUserRelationshipsReplaceResponse, O>;
}

/** The input of `customObjectsUserRelationshipsUpdate`: parameters and body fields in one object. */
export type CustomObjectsUserRelationshipsUpdateInput = OperationInput<operations['customObjectsUserRelationshipsUpdate'], 'object', 'application/json'>;
/** The success response body of `customObjectsUserRelationshipsUpdate`. */
export type CustomObjectsUserRelationshipsUpdateResponse = operations['customObjectsUserRelationshipsUpdate']['responses'][200]['content']['application/json'];
const $customObjectsUserRelationshipsUpdate: OperationDescriptor = { id: 'customObjectsUserRelationshipsUpdate', method: 'PATCH', path: '/custom_objects/objects/{type_name}/{external_id}/users', permissions: ['custom_objects.user_relationships.update'], params: [{ name: 'external_id', in: 'path' }, { name: 'type_name', in: 'path' }], body: 'object' };

/**
 * Update a user relationship
 *
 * Merges attributes into an existing link between a Braze user and the custom object; attributes left out keep their values. Custom Objects is in early access: the workspace must be enabled before its permissions can be chosen for a key.
 *
 * `PATCH /custom_objects/objects/{type_name}/{external_id}/users`
 * Permission: `custom_objects.user_relationships.update`.
 * Rate limit: 50 requests per minute (shared: custom-objects-write).
 * Early access: the endpoint may change.
 *
 * @see https://www.braze.com/docs/api/endpoints/custom_objects/user_relationships/patch_update_user_relationship/
 *
 * @operation braze-rest-client customObjectsUserRelationshipsUpdate
 */
export function customObjectsUserRelationshipsUpdate<O extends RequestOptions = {}, P extends string = 'custom_objects.user_relationships.update'>(client: ClientFor<P, 'custom_objects.user_relationships.update'>, input: CustomObjectsUserRelationshipsUpdateInput, options?: O): ResultOf<CustomObjectsUserRelationshipsUpdateResponse, O> {
  return $request(client as never, $customObjectsUserRelationshipsUpdate, input, options) as ResultOf<CustomObjectsUserRelationshipsUpdateResponse, O>;
}

/** The input of `dataObjectsObjectRelationshipsBulkDelete`: parameters and body fields in one object. */
export type DataObjectsObjectRelationshipsBulkDeleteInput = OperationInput<operations['dataObjectsObjectRelationshipsBulkDelete'], 'object', 'application/json'>;
/** The success response body of `dataObjectsObjectRelationshipsBulkDelete`. */
export type DataObjectsObjectRelationshipsBulkDeleteResponse = operations['dataObjectsObjectRelationshipsBulkDelete']['responses'][202]['content']['application/json'];
const $dataObjectsObjectRelationshipsBulkDelete: OperationDescriptor = { id: 'dataObjectsObjectRelationshipsBulkDelete', method: 'DELETE', path: '/data_objects/object_relationships', permissions: ['data_objects.object_relationships.bulk_delete'], body: 'object' };

/**
 * Delete object relationships in bulk
 *
 * Deletes up to 50 relationships between data objects in one request. Validation is all or nothing: one invalid record makes Braze refuse the whole request with 400 and store nothing. A 202 only means the batch is queued; each record can still fail while it is applied. The single-record permissions do not grant access. Data Objects is generally available, but the workspace must first be provisioned for Accounts.
 *
 * `DELETE /data_objects/object_relationships`
 * Permission: `data_objects.object_relationships.bulk_delete`.
 * Rate limit: 1,000 requests per minute (shared: data-objects-bulk-write).
 *
 * @see https://www.braze.com/docs/api/endpoints/data_objects/object_relationships/delete_bulk_object_relationships/
 *
 * @operation braze-rest-client dataObjectsObjectRelationshipsBulkDelete
 */
export function dataObjectsObjectRelationshipsBulkDelete<O extends RequestOptions = {}, P extends string = 'data_objects.object_relationships.bulk_delete'>(client: ClientFor<P, 'data_objects.object_relationships.bulk_delete'>, input: DataObjectsObjectRelationshipsBulkDeleteInput, options?: O): ResultOf<DataObjectsObjectRelationshipsBulkDeleteResponse, O> {
  return $request(client as never, $dataObjectsObjectRelationshipsBulkDelete, input, options) as ResultOf<DataObjectsObjectRelationshipsBulkDeleteResponse, O>;
}

/** The input of `dataObjectsObjectRelationshipsBulkUpsert`: parameters and body fields in one object. */
export type DataObjectsObjectRelationshipsBulkUpsertInput = OperationInput<operations['dataObjectsObjectRelationshipsBulkUpsert'], 'object', 'application/json'>;
/** The success response body of `dataObjectsObjectRelationshipsBulkUpsert`. */
export type DataObjectsObjectRelationshipsBulkUpsertResponse = operations['dataObjectsObjectRelationshipsBulkUpsert']['responses'][202]['content']['application/json'];
const $dataObjectsObjectRelationshipsBulkUpsert: OperationDescriptor = { id: 'dataObjectsObjectRelationshipsBulkUpsert', method: 'PUT', path: '/data_objects/object_relationships', permissions: ['data_objects.object_relationships.bulk_upsert'], body: 'object' };

/**
 * Create or replace object relationships in bulk
 *
 * Creates or replaces up to 50 relationships between data objects in one request. Validation is all or nothing: one invalid record makes Braze refuse the whole request with 400 and store nothing. A 202 only means the batch is queued; each record can still fail while it is applied. The single-record permissions do not grant access. Data Objects is generally available, but the workspace must first be provisioned for Accounts.
 *
 * `PUT /data_objects/object_relationships`
 * Permission: `data_objects.object_relationships.bulk_upsert`.
 * Rate limit: 1,000 requests per minute (shared: data-objects-bulk-write).
 *
 * @see https://www.braze.com/docs/api/endpoints/data_objects/object_relationships/put_bulk_upsert_object_relationships/
 *
 * @operation braze-rest-client dataObjectsObjectRelationshipsBulkUpsert
 */
export function dataObjectsObjectRelationshipsBulkUpsert<O extends RequestOptions = {}, P extends string = 'data_objects.object_relationships.bulk_upsert'>(client: ClientFor<P, 'data_objects.object_relationships.bulk_upsert'>, input: DataObjectsObjectRelationshipsBulkUpsertInput, options?: O): ResultOf<DataObjectsObjectRelationshipsBulkUpsertResponse, O> {
  return $request(client as never, $dataObjectsObjectRelationshipsBulkUpsert, input, options) as ResultOf<DataObjectsObjectRelationshipsBulkUpsertResponse, O>;
}

/** The input of `dataObjectsObjectRelationshipsCreate`: parameters and body fields in one object. */
export type DataObjectsObjectRelationshipsCreateInput = OperationInput<operations['dataObjectsObjectRelationshipsCreate'], 'object', 'application/json'>;
/** The success response body of `dataObjectsObjectRelationshipsCreate`. */
export type DataObjectsObjectRelationshipsCreateResponse = operations['dataObjectsObjectRelationshipsCreate']['responses'][201]['content']['application/json'];
const $dataObjectsObjectRelationshipsCreate: OperationDescriptor = { id: 'dataObjectsObjectRelationshipsCreate', method: 'POST', path: '/data_objects/objects/{type_name}/{object_id}/object_relationships', permissions: ['data_objects.object_relationships.create'], params: [{ name: 'object_id', in: 'path' }, { name: 'type_name', in: 'path' }], body: 'object' };

/**
 * Create an object relationship
 *
 * Creates one directed relationship between the data object in the path and another data object. Fails with 409 when that relationship exists and with 422 when the object has as many relationships as the workspace allows. Data Objects is generally available, but the workspace must first be provisioned for Accounts.
 *
 * `POST /data_objects/objects/{type_name}/{object_id}/object_relationships`
 * Permission: `data_objects.object_relationships.create`.
 * Rate limit: 1,000 requests per minute (shared: data-objects-write).
 *
 * @see https://www.braze.com/docs/api/endpoints/data_objects/object_relationships/post_create_object_relationship/
 *
 * @operation braze-rest-client dataObjectsObjectRelationshipsCreate
 */
export function dataObjectsObjectRelationshipsCreate<O extends RequestOptions = {}, P extends string = 'data_objects.object_relationships.create'>(client: ClientFor<P, 'data_objects.object_relationships.create'>, input: DataObjectsObjectRelationshipsCreateInput, options?: O): ResultOf<DataObjectsObjectRelationshipsCreateResponse, O> {
  return $request(client as never, $dataObjectsObjectRelationshipsCreate, input, options) as ResultOf<DataObjectsObjectRelationshipsCreateResponse, O>;
}

/** The input of `dataObjectsObjectRelationshipsDelete`: parameters and body fields in one object. */
export type DataObjectsObjectRelationshipsDeleteInput = OperationInput<operations['dataObjectsObjectRelationshipsDelete'], 'object', 'application/json'>;
/** The success response body of `dataObjectsObjectRelationshipsDelete`. */
export type DataObjectsObjectRelationshipsDeleteResponse = operations['dataObjectsObjectRelationshipsDelete']['responses'][200]['content']['application/json'];
const $dataObjectsObjectRelationshipsDelete: OperationDescriptor = { id: 'dataObjectsObjectRelationshipsDelete', method: 'DELETE', path: '/data_objects/objects/{type_name}/{object_id}/object_relationships', permissions: ['data_objects.object_relationships.delete'], params: [{ name: 'object_id', in: 'path' }, { name: 'type_name', in: 'path' }], body: 'object' };

/**
 * Delete an object relationship
 *
 * Deletes one relationship between the data object in the path and another data object; both objects stay. The relationship is named in a JSON body, so the HTTP client must send a body with DELETE. Data Objects is generally available, but the workspace must first be provisioned for Accounts.
 *
 * `DELETE /data_objects/objects/{type_name}/{object_id}/object_relationships`
 * Permission: `data_objects.object_relationships.delete`.
 * Rate limit: 1,000 requests per minute (shared: data-objects-write).
 *
 * @see https://www.braze.com/docs/api/endpoints/data_objects/object_relationships/delete_object_relationship/
 *
 * @operation braze-rest-client dataObjectsObjectRelationshipsDelete
 */
export function dataObjectsObjectRelationshipsDelete<O extends RequestOptions = {}, P extends string = 'data_objects.object_relationships.delete'>(client: ClientFor<P, 'data_objects.object_relationships.delete'>, input: DataObjectsObjectRelationshipsDeleteInput, options?: O): ResultOf<DataObjectsObjectRelationshipsDeleteResponse, O> {
  return $request(client as never, $dataObjectsObjectRelationshipsDelete, input, options) as ResultOf<DataObjectsObjectRelationshipsDeleteResponse, O>;
}

/** The input of `dataObjectsObjectRelationshipsList`: parameters and body fields in one object. */
export type DataObjectsObjectRelationshipsListInput = OperationInput<operations['dataObjectsObjectRelationshipsList']>;
/** The success response body of `dataObjectsObjectRelationshipsList`. */
export type DataObjectsObjectRelationshipsListResponse = operations['dataObjectsObjectRelationshipsList']['responses'][200]['content']['application/json'];
const $dataObjectsObjectRelationshipsList: OperationDescriptor = { id: 'dataObjectsObjectRelationshipsList', method: 'GET', path: '/data_objects/objects/{type_name}/{object_id}/object_relationships', permissions: ['data_objects.read'], params: [{ name: 'object_id', in: 'path' }, { name: 'type_name', in: 'path' }, { name: 'anchor', in: 'query' }, { name: 'limit', in: 'query' }, { name: 'offset', in: 'query' }, { name: 'rel_kind', in: 'query' }] };

/**
 * List the object relationships of a data object
 *
 * Lists the data objects related to one data object, a page at a time, optionally of one relationship kind. With `anchor=source` each related object comes as `to_data_object`, with `anchor=target` as `from_data_object`. Data Objects is generally available, but the workspace must first be provisioned for Accounts.
 *
 * `GET /data_objects/objects/{type_name}/{object_id}/object_relationships`
 * Permission: `data_objects.read`.
 * Rate limit: 1,000 requests per minute (shared: data-objects-read).
 *
 * @see https://www.braze.com/docs/api/endpoints/data_objects/object_relationships/get_list_object_relationships/
 *
 * @operation braze-rest-client dataObjectsObjectRelationshipsList
 */
export function dataObjectsObjectRelationshipsList<O extends RequestOptions = {}, P extends string = 'data_objects.read'>(client: ClientFor<P, 'data_objects.read'>, input: DataObjectsObjectRelationshipsListInput, options?: O): ResultOf<DataObjectsObjectRelationshipsListResponse, O> {
  return $request(client as never, $dataObjectsObjectRelationshipsList, input, options) as ResultOf<DataObjectsObjectRelationshipsListResponse, O>;
}

/**
 * List the object relationships of a data object: iterates every item of every page (`for await`).
 *
 * `GET /data_objects/objects/{type_name}/{object_id}/object_relationships`
 * Permission: `data_objects.read`.
 * Rate limit: 1,000 requests per minute (shared: data-objects-read).
 *
 * @see https://www.braze.com/docs/api/endpoints/data_objects/object_relationships/get_list_object_relationships/
 *
 * @operation braze-rest-client dataObjectsObjectRelationshipsList
 */
export function dataObjectsObjectRelationshipsListAll<P extends string = 'data_objects.read'>(client: ClientFor<P, 'data_objects.read'>, input: DataObjectsObjectRelationshipsListInput, options?: RequestOptions): AsyncGenerator<ItemOf<DataObjectsObjectRelationshipsListResponse, 'items'>, void, undefined> {
  return $paginate(client as never, $dataObjectsObjectRelationshipsList, { style: 'offset', items: 'items', offset: 'offset', limit: 'limit', maxLimit: 250 }, input, options);
}

/**
 * List the object relationships of a data object: iterates every page, one response body each (`for await`).
 *
 * `GET /data_objects/objects/{type_name}/{object_id}/object_relationships`
 * Permission: `data_objects.read`.
 * Rate limit: 1,000 requests per minute (shared: data-objects-read).
 *
 * @see https://www.braze.com/docs/api/endpoints/data_objects/object_relationships/get_list_object_relationships/
 */
export function dataObjectsObjectRelationshipsListPages<P extends string = 'data_objects.read'>(client: ClientFor<P, 'data_objects.read'>, input: DataObjectsObjectRelationshipsListInput, options?: RequestOptions): AsyncGenerator<DataObjectsObjectRelationshipsListResponse, void, undefined> {
  return $paginate(client as never, $dataObjectsObjectRelationshipsList, { style: 'offset', items: 'items', offset: 'offset', limit: 'limit', maxLimit: 250 }, input, options, 1);
}

/** The input of `dataObjectsObjectRelationshipsReplace`: parameters and body fields in one object. */
export type DataObjectsObjectRelationshipsReplaceInput = OperationInput<operations['dataObjectsObjectRelationshipsReplace'], 'object', 'application/json'>;
/** The success response body of `dataObjectsObjectRelationshipsReplace`. */
export type DataObjectsObjectRelationshipsReplaceResponse = operations['dataObjectsObjectRelationshipsReplace']['responses'][200]['content']['application/json'];
const $dataObjectsObjectRelationshipsReplace: OperationDescriptor = { id: 'dataObjectsObjectRelationshipsReplace', method: 'PUT', path: '/data_objects/objects/{type_name}/{object_id}/object_relationships', permissions: ['data_objects.object_relationships.update'], params: [{ name: 'object_id', in: 'path' }, { name: 'type_name', in: 'path' }], body: 'object' };

/**
 * Create or replace an object relationship
 *
 * Creates a relationship between the data object in the path and another data object, or replaces the attributes of the existing one. Data Objects is generally available, but the workspace must first be provisioned for Accounts.
 *
 * `PUT /data_objects/objects/{type_name}/{object_id}/object_relationships`
 * Permission: `data_objects.object_relationships.update`.
 * Rate limit: 1,000 requests per minute (shared: data-objects-write).
 *
 * @see https://www.braze.com/docs/api/endpoints/data_objects/object_relationships/put_replace_object_relationship/
 *
 * @operation braze-rest-client dataObjectsObjectRelationshipsReplace
 */
export function dataObjectsObjectRelationshipsReplace<O extends RequestOptions = {}, P extends string = 'data_objects.object_relationships.update'>(client: ClientFor<P, 'data_objects.object_relationships.update'>, input: DataObjectsObjectRelationshipsReplaceInput, options?: O): ResultOf<DataObjectsObjectRelationshipsReplaceResponse, O> {
  return $request(client as never, $dataObjectsObjectRelationshipsReplace, input, options) as ResultOf<DataObjectsObjectRelationshipsReplaceResponse, O>;
}

/** The input of `dataObjectsObjectRelationshipsUpdate`: parameters and body fields in one object. */
export type DataObjectsObjectRelationshipsUpdateInput = OperationInput<operations['dataObjectsObjectRelationshipsUpdate'], 'object', 'application/json'>;
/** The success response body of `dataObjectsObjectRelationshipsUpdate`. */
export type DataObjectsObjectRelationshipsUpdateResponse = operations['dataObjectsObjectRelationshipsUpdate']['responses'][200]['content']['application/json'];
const $dataObjectsObjectRelationshipsUpdate: OperationDescriptor = { id: 'dataObjectsObjectRelationshipsUpdate', method: 'PATCH', path: '/data_objects/objects/{type_name}/{object_id}/object_relationships', permissions: ['data_objects.object_relationships.update'], params: [{ name: 'object_id', in: 'path' }, { name: 'type_name', in: 'path' }], body: 'object' };

/**
 * Update an object relationship
 *
 * Merges attributes into an existing relationship between the data object in the path and another data object; attributes left out keep their values. Data Objects is generally available, but the workspace must first be provisioned for Accounts.
 *
 * `PATCH /data_objects/objects/{type_name}/{object_id}/object_relationships`
 * Permission: `data_objects.object_relationships.update`.
 * Rate limit: 1,000 requests per minute (shared: data-objects-write).
 *
 * @see https://www.braze.com/docs/api/endpoints/data_objects/object_relationships/patch_update_object_relationship/
 *
 * @operation braze-rest-client dataObjectsObjectRelationshipsUpdate
 */
export function dataObjectsObjectRelationshipsUpdate<O extends RequestOptions = {}, P extends string = 'data_objects.object_relationships.update'>(client: ClientFor<P, 'data_objects.object_relationships.update'>, input: DataObjectsObjectRelationshipsUpdateInput, options?: O): ResultOf<DataObjectsObjectRelationshipsUpdateResponse, O> {
  return $request(client as never, $dataObjectsObjectRelationshipsUpdate, input, options) as ResultOf<DataObjectsObjectRelationshipsUpdateResponse, O>;
}

/** The input of `dataObjectsObjectsBulkDelete`: parameters and body fields in one object. */
export type DataObjectsObjectsBulkDeleteInput = OperationInput<operations['dataObjectsObjectsBulkDelete'], 'object', 'application/json'>;
/** The success response body of `dataObjectsObjectsBulkDelete`. */
export type DataObjectsObjectsBulkDeleteResponse = operations['dataObjectsObjectsBulkDelete']['responses'][202]['content']['application/json'];
const $dataObjectsObjectsBulkDelete: OperationDescriptor = { id: 'dataObjectsObjectsBulkDelete', method: 'DELETE', path: '/data_objects/objects', permissions: ['data_objects.bulk_delete'], body: 'object' };

/**
 * Delete data objects in bulk
 *
 * Deletes up to 50 data objects, of any types, in one request. Validation is all or nothing: one invalid record makes Braze refuse the whole request with 400 and store nothing. A 202 only means the batch is queued; each record can still fail while it is applied. The single-record permissions do not grant access. Data Objects is generally available, but the workspace must first be provisioned for Accounts.
 *
 * `DELETE /data_objects/objects`
 * Permission: `data_objects.bulk_delete`.
 * Rate limit: 1,000 requests per minute (shared: data-objects-bulk-write).
 *
 * @see https://www.braze.com/docs/api/endpoints/data_objects/objects/delete_bulk_data_objects/
 *
 * @operation braze-rest-client dataObjectsObjectsBulkDelete
 */
export function dataObjectsObjectsBulkDelete<O extends RequestOptions = {}, P extends string = 'data_objects.bulk_delete'>(client: ClientFor<P, 'data_objects.bulk_delete'>, input: DataObjectsObjectsBulkDeleteInput, options?: O): ResultOf<DataObjectsObjectsBulkDeleteResponse, O> {
  return $request(client as never, $dataObjectsObjectsBulkDelete, input, options) as ResultOf<DataObjectsObjectsBulkDeleteResponse, O>;
}

/** The input of `dataObjectsObjectsBulkUpsert`: parameters and body fields in one object. */
export type DataObjectsObjectsBulkUpsertInput = OperationInput<operations['dataObjectsObjectsBulkUpsert'], 'object', 'application/json'>;
/** The success response body of `dataObjectsObjectsBulkUpsert`. */
export type DataObjectsObjectsBulkUpsertResponse = operations['dataObjectsObjectsBulkUpsert']['responses'][202]['content']['application/json'];
const $dataObjectsObjectsBulkUpsert: OperationDescriptor = { id: 'dataObjectsObjectsBulkUpsert', method: 'PUT', path: '/data_objects/objects', permissions: ['data_objects.bulk_upsert'], body: 'object' };

/**
 * Create or replace data objects in bulk
 *
 * Creates or replaces up to 50 data objects, of any types, in one request. Validation is all or nothing: one invalid record makes Braze refuse the whole request with 400 and store nothing. A 202 only means the batch is queued; each record can still fail while it is applied. The single-record permissions do not grant access. Data Objects is generally available, but the workspace must first be provisioned for Accounts.
 *
 * `PUT /data_objects/objects`
 * Permission: `data_objects.bulk_upsert`.
 * Rate limit: 1,000 requests per minute (shared: data-objects-bulk-write).
 *
 * @see https://www.braze.com/docs/api/endpoints/data_objects/objects/put_bulk_upsert_data_objects/
 *
 * @operation braze-rest-client dataObjectsObjectsBulkUpsert
 */
export function dataObjectsObjectsBulkUpsert<O extends RequestOptions = {}, P extends string = 'data_objects.bulk_upsert'>(client: ClientFor<P, 'data_objects.bulk_upsert'>, input: DataObjectsObjectsBulkUpsertInput, options?: O): ResultOf<DataObjectsObjectsBulkUpsertResponse, O> {
  return $request(client as never, $dataObjectsObjectsBulkUpsert, input, options) as ResultOf<DataObjectsObjectsBulkUpsertResponse, O>;
}

/** The input of `dataObjectsObjectsCreate`: parameters and body fields in one object. */
export type DataObjectsObjectsCreateInput = OperationInput<operations['dataObjectsObjectsCreate'], 'object', 'application/json'>;
/** The success response body of `dataObjectsObjectsCreate`. */
export type DataObjectsObjectsCreateResponse = operations['dataObjectsObjectsCreate']['responses'][201]['content']['application/json'];
const $dataObjectsObjectsCreate: OperationDescriptor = { id: 'dataObjectsObjectsCreate', method: 'POST', path: '/data_objects/objects/{type_name}', permissions: ['data_objects.create'], params: [{ name: 'type_name', in: 'path' }], body: 'object' };

/**
 * Create a data object
 *
 * Creates one object of a data object type. Every attribute must be declared by the type. Fails with 409 when an object with that identifier exists (replace it with PUT instead) and with 422 when the type holds as many objects as the workspace allows. Data Objects is generally available, but the workspace must first be provisioned for Accounts.
 *
 * `POST /data_objects/objects/{type_name}`
 * Permission: `data_objects.create`.
 * Rate limit: 1,000 requests per minute (shared: data-objects-write).
 *
 * @see https://www.braze.com/docs/api/endpoints/data_objects/objects/post_create_data_object/
 *
 * @operation braze-rest-client dataObjectsObjectsCreate
 */
export function dataObjectsObjectsCreate<O extends RequestOptions = {}, P extends string = 'data_objects.create'>(client: ClientFor<P, 'data_objects.create'>, input: DataObjectsObjectsCreateInput, options?: O): ResultOf<DataObjectsObjectsCreateResponse, O> {
  return $request(client as never, $dataObjectsObjectsCreate, input, options) as ResultOf<DataObjectsObjectsCreateResponse, O>;
}

/** The input of `dataObjectsObjectsDelete`: parameters and body fields in one object. */
export type DataObjectsObjectsDeleteInput = OperationInput<operations['dataObjectsObjectsDelete']>;
/** The success response body of `dataObjectsObjectsDelete`. */
export type DataObjectsObjectsDeleteResponse = operations['dataObjectsObjectsDelete']['responses'][200]['content']['application/json'];
const $dataObjectsObjectsDelete: OperationDescriptor = { id: 'dataObjectsObjectsDelete', method: 'DELETE', path: '/data_objects/objects/{type_name}/{object_id}', permissions: ['data_objects.delete'], params: [{ name: 'object_id', in: 'path' }, { name: 'type_name', in: 'path' }] };

/**
 * Delete a data object
 *
 * Deletes one data object at once (synchronously). Objects related to it are not deleted. Data Objects is generally available, but the workspace must first be provisioned for Accounts.
 *
 * `DELETE /data_objects/objects/{type_name}/{object_id}`
 * Permission: `data_objects.delete`.
 * Rate limit: 1,000 requests per minute (shared: data-objects-write).
 *
 * @see https://www.braze.com/docs/api/endpoints/data_objects/objects/delete_data_object/
 *
 * @operation braze-rest-client dataObjectsObjectsDelete
 */
export function dataObjectsObjectsDelete<O extends RequestOptions = {}, P extends string = 'data_objects.delete'>(client: ClientFor<P, 'data_objects.delete'>, input: DataObjectsObjectsDeleteInput, options?: O): ResultOf<DataObjectsObjectsDeleteResponse, O> {
  return $request(client as never, $dataObjectsObjectsDelete, input, options) as ResultOf<DataObjectsObjectsDeleteResponse, O>;
}

/** The input of `dataObjectsObjectsGet`: parameters and body fields in one object. */
export type DataObjectsObjectsGetInput = OperationInput<operations['dataObjectsObjectsGet']>;
/** The success response body of `dataObjectsObjectsGet`. */
export type DataObjectsObjectsGetResponse = operations['dataObjectsObjectsGet']['responses'][200]['content']['application/json'];
const $dataObjectsObjectsGet: OperationDescriptor = { id: 'dataObjectsObjectsGet', method: 'GET', path: '/data_objects/objects/{type_name}/{object_id}', permissions: ['data_objects.read'], params: [{ name: 'object_id', in: 'path' }, { name: 'type_name', in: 'path' }] };

/**
 * Get a data object
 *
 * Returns one data object with its attributes. Data Objects is generally available, but the workspace must first be provisioned for Accounts.
 *
 * `GET /data_objects/objects/{type_name}/{object_id}`
 * Permission: `data_objects.read`.
 * Rate limit: 1,000 requests per minute (shared: data-objects-read).
 *
 * @see https://www.braze.com/docs/api/endpoints/data_objects/objects/get_data_object/
 *
 * @operation braze-rest-client dataObjectsObjectsGet
 */
export function dataObjectsObjectsGet<O extends RequestOptions = {}, P extends string = 'data_objects.read'>(client: ClientFor<P, 'data_objects.read'>, input: DataObjectsObjectsGetInput, options?: O): ResultOf<DataObjectsObjectsGetResponse, O> {
  return $request(client as never, $dataObjectsObjectsGet, input, options) as ResultOf<DataObjectsObjectsGetResponse, O>;
}

/** The input of `dataObjectsObjectsList`: parameters and body fields in one object. */
export type DataObjectsObjectsListInput = OperationInput<operations['dataObjectsObjectsList']>;
/** The success response body of `dataObjectsObjectsList`. */
export type DataObjectsObjectsListResponse = operations['dataObjectsObjectsList']['responses'][200]['content']['application/json'];
const $dataObjectsObjectsList: OperationDescriptor = { id: 'dataObjectsObjectsList', method: 'GET', path: '/data_objects/objects/{type_name}', permissions: ['data_objects.read'], params: [{ name: 'type_name', in: 'path' }, { name: 'limit', in: 'query' }, { name: 'offset', in: 'query' }, { name: 'search_term', in: 'query' }] };

/**
 * List data objects
 *
 * Lists the objects of one data object type, a page at a time, optionally only those whose identifier contains a search term. Data Objects is generally available, but the workspace must first be provisioned for Accounts.
 *
 * `GET /data_objects/objects/{type_name}`
 * Permission: `data_objects.read`.
 * Rate limit: 1,000 requests per minute (shared: data-objects-read).
 *
 * @see https://www.braze.com/docs/api/endpoints/data_objects/objects/get_list_data_objects/
 *
 * @operation braze-rest-client dataObjectsObjectsList
 */
export function dataObjectsObjectsList<O extends RequestOptions = {}, P extends string = 'data_objects.read'>(client: ClientFor<P, 'data_objects.read'>, input: DataObjectsObjectsListInput, options?: O): ResultOf<DataObjectsObjectsListResponse, O> {
  return $request(client as never, $dataObjectsObjectsList, input, options) as ResultOf<DataObjectsObjectsListResponse, O>;
}

/**
 * List data objects: iterates every item of every page (`for await`).
 *
 * `GET /data_objects/objects/{type_name}`
 * Permission: `data_objects.read`.
 * Rate limit: 1,000 requests per minute (shared: data-objects-read).
 *
 * @see https://www.braze.com/docs/api/endpoints/data_objects/objects/get_list_data_objects/
 *
 * @operation braze-rest-client dataObjectsObjectsList
 */
export function dataObjectsObjectsListAll<P extends string = 'data_objects.read'>(client: ClientFor<P, 'data_objects.read'>, input: DataObjectsObjectsListInput, options?: RequestOptions): AsyncGenerator<ItemOf<DataObjectsObjectsListResponse, 'items'>, void, undefined> {
  return $paginate(client as never, $dataObjectsObjectsList, { style: 'offset', items: 'items', offset: 'offset', limit: 'limit', maxLimit: 250 }, input, options);
}

/**
 * List data objects: iterates every page, one response body each (`for await`).
 *
 * `GET /data_objects/objects/{type_name}`
 * Permission: `data_objects.read`.
 * Rate limit: 1,000 requests per minute (shared: data-objects-read).
 *
 * @see https://www.braze.com/docs/api/endpoints/data_objects/objects/get_list_data_objects/
 */
export function dataObjectsObjectsListPages<P extends string = 'data_objects.read'>(client: ClientFor<P, 'data_objects.read'>, input: DataObjectsObjectsListInput, options?: RequestOptions): AsyncGenerator<DataObjectsObjectsListResponse, void, undefined> {
  return $paginate(client as never, $dataObjectsObjectsList, { style: 'offset', items: 'items', offset: 'offset', limit: 'limit', maxLimit: 250 }, input, options, 1);
}

/** The input of `dataObjectsObjectsReplace`: parameters and body fields in one object. */
export type DataObjectsObjectsReplaceInput = OperationInput<operations['dataObjectsObjectsReplace'], 'object', 'application/json'>;
/** The success response body of `dataObjectsObjectsReplace`. */
export type DataObjectsObjectsReplaceResponse = operations['dataObjectsObjectsReplace']['responses'][200]['content']['application/json'];
const $dataObjectsObjectsReplace: OperationDescriptor = { id: 'dataObjectsObjectsReplace', method: 'PUT', path: '/data_objects/objects/{type_name}/{object_id}', permissions: ['data_objects.update'], params: [{ name: 'object_id', in: 'path' }, { name: 'type_name', in: 'path' }], body: 'object' };

/**
 * Create or replace a data object
 *
 * Replaces all attributes of a data object (fields left out are cleared), creating the object when it does not exist; the answer is 200 either way. Fails with 422 when creating it would exceed the workspace's object limit for the type. Data Objects is generally available, but the workspace must first be provisioned for Accounts.
 *
 * `PUT /data_objects/objects/{type_name}/{object_id}`
 * Permission: `data_objects.update`.
 * Rate limit: 1,000 requests per minute (shared: data-objects-write).
 *
 * @see https://www.braze.com/docs/api/endpoints/data_objects/objects/put_replace_data_object/
 *
 * @operation braze-rest-client dataObjectsObjectsReplace
 */
export function dataObjectsObjectsReplace<O extends RequestOptions = {}, P extends string = 'data_objects.update'>(client: ClientFor<P, 'data_objects.update'>, input: DataObjectsObjectsReplaceInput, options?: O): ResultOf<DataObjectsObjectsReplaceResponse, O> {
  return $request(client as never, $dataObjectsObjectsReplace, input, options) as ResultOf<DataObjectsObjectsReplaceResponse, O>;
}

/** The input of `dataObjectsObjectsUpdate`: parameters and body fields in one object. */
export type DataObjectsObjectsUpdateInput = OperationInput<operations['dataObjectsObjectsUpdate'], 'object', 'application/json'>;
/** The success response body of `dataObjectsObjectsUpdate`. */
export type DataObjectsObjectsUpdateResponse = operations['dataObjectsObjectsUpdate']['responses'][200]['content']['application/json'];
const $dataObjectsObjectsUpdate: OperationDescriptor = { id: 'dataObjectsObjectsUpdate', method: 'PATCH', path: '/data_objects/objects/{type_name}/{object_id}', permissions: ['data_objects.update'], params: [{ name: 'object_id', in: 'path' }, { name: 'type_name', in: 'path' }], body: 'object' };

/**
 * Update a data object
 *
 * Merges the given top-level attributes into an existing data object, leaving its other attributes as they are, and returns the merged object. Data Objects is generally available, but the workspace must first be provisioned for Accounts.
 *
 * `PATCH /data_objects/objects/{type_name}/{object_id}`
 * Permission: `data_objects.update`.
 * Rate limit: 1,000 requests per minute (shared: data-objects-write).
 *
 * @see https://www.braze.com/docs/api/endpoints/data_objects/objects/patch_update_data_object/
 *
 * @operation braze-rest-client dataObjectsObjectsUpdate
 */
export function dataObjectsObjectsUpdate<O extends RequestOptions = {}, P extends string = 'data_objects.update'>(client: ClientFor<P, 'data_objects.update'>, input: DataObjectsObjectsUpdateInput, options?: O): ResultOf<DataObjectsObjectsUpdateResponse, O> {
  return $request(client as never, $dataObjectsObjectsUpdate, input, options) as ResultOf<DataObjectsObjectsUpdateResponse, O>;
}

/** The input of `dataObjectsTypesGet`: parameters and body fields in one object. */
export type DataObjectsTypesGetInput = OperationInput<operations['dataObjectsTypesGet']>;
/** The success response body of `dataObjectsTypesGet`. */
export type DataObjectsTypesGetResponse = operations['dataObjectsTypesGet']['responses'][200]['content']['application/json'];
const $dataObjectsTypesGet: OperationDescriptor = { id: 'dataObjectsTypesGet', method: 'GET', path: '/data_objects/types/{type_name}', permissions: ['data_objects.read'], params: [{ name: 'type_name', in: 'path' }] };

/**
 * Get a data object type
 *
 * Returns one data object type with the JSON Schema of its fields, which tells which attributes its objects may hold. Data Objects is generally available, but the workspace must first be provisioned for Accounts.
 *
 * `GET /data_objects/types/{type_name}`
 * Permission: `data_objects.read`.
 * Rate limit: 1,000 requests per minute (shared: data-objects-read).
 *
 * @see https://www.braze.com/docs/api/endpoints/data_objects/types/get_data_object_type/
 *
 * @operation braze-rest-client dataObjectsTypesGet
 */
export function dataObjectsTypesGet<O extends RequestOptions = {}, P extends string = 'data_objects.read'>(client: ClientFor<P, 'data_objects.read'>, input: DataObjectsTypesGetInput, options?: O): ResultOf<DataObjectsTypesGetResponse, O> {
  return $request(client as never, $dataObjectsTypesGet, input, options) as ResultOf<DataObjectsTypesGetResponse, O>;
}

/** The input of `dataObjectsTypesList`: parameters and body fields in one object. */
export type DataObjectsTypesListInput = OperationInput<operations['dataObjectsTypesList']>;
/** The success response body of `dataObjectsTypesList`. */
export type DataObjectsTypesListResponse = operations['dataObjectsTypesList']['responses'][200]['content']['application/json'];
const $dataObjectsTypesList: OperationDescriptor = { id: 'dataObjectsTypesList', method: 'GET', path: '/data_objects/types', permissions: ['data_objects.read'], params: [{ name: 'limit', in: 'query' }, { name: 'offset', in: 'query' }, { name: 'search_term', in: 'query' }] };

/**
 * List data object types
 *
 * Lists the data object types of the workspace, a page at a time, optionally only those whose name starts with a search term. Data Objects is generally available, but the workspace must first be provisioned for Accounts.
 *
 * `GET /data_objects/types`
 * Permission: `data_objects.read`.
 * Rate limit: 1,000 requests per minute (shared: data-objects-read).
 *
 * @see https://www.braze.com/docs/api/endpoints/data_objects/types/get_list_data_object_types/
 *
 * @operation braze-rest-client dataObjectsTypesList
 */
export function dataObjectsTypesList<O extends RequestOptions = {}, P extends string = 'data_objects.read'>(client: ClientFor<P, 'data_objects.read'>, input?: DataObjectsTypesListInput, options?: O): ResultOf<DataObjectsTypesListResponse, O> {
  return $request(client as never, $dataObjectsTypesList, input, options) as ResultOf<DataObjectsTypesListResponse, O>;
}

/**
 * List data object types: iterates every item of every page (`for await`).
 *
 * `GET /data_objects/types`
 * Permission: `data_objects.read`.
 * Rate limit: 1,000 requests per minute (shared: data-objects-read).
 *
 * @see https://www.braze.com/docs/api/endpoints/data_objects/types/get_list_data_object_types/
 *
 * @operation braze-rest-client dataObjectsTypesList
 */
export function dataObjectsTypesListAll<P extends string = 'data_objects.read'>(client: ClientFor<P, 'data_objects.read'>, input?: DataObjectsTypesListInput, options?: RequestOptions): AsyncGenerator<ItemOf<DataObjectsTypesListResponse, 'items'>, void, undefined> {
  return $paginate(client as never, $dataObjectsTypesList, { style: 'offset', items: 'items', offset: 'offset', limit: 'limit', maxLimit: 250 }, input, options);
}

/**
 * List data object types: iterates every page, one response body each (`for await`).
 *
 * `GET /data_objects/types`
 * Permission: `data_objects.read`.
 * Rate limit: 1,000 requests per minute (shared: data-objects-read).
 *
 * @see https://www.braze.com/docs/api/endpoints/data_objects/types/get_list_data_object_types/
 */
export function dataObjectsTypesListPages<P extends string = 'data_objects.read'>(client: ClientFor<P, 'data_objects.read'>, input?: DataObjectsTypesListInput, options?: RequestOptions): AsyncGenerator<DataObjectsTypesListResponse, void, undefined> {
  return $paginate(client as never, $dataObjectsTypesList, { style: 'offset', items: 'items', offset: 'offset', limit: 'limit', maxLimit: 250 }, input, options, 1);
}

/** The input of `dataObjectsTypesListObjectRelationshipTypes`: parameters and body fields in one object. */
export type DataObjectsTypesListObjectRelationshipTypesInput = OperationInput<operations['dataObjectsTypesListObjectRelationshipTypes']>;
/** The success response body of `dataObjectsTypesListObjectRelationshipTypes`. */
export type DataObjectsTypesListObjectRelationshipTypesResponse = operations['dataObjectsTypesListObjectRelationshipTypes']['responses'][200]['content']['application/json'];
const $dataObjectsTypesListObjectRelationshipTypes: OperationDescriptor = { id: 'dataObjectsTypesListObjectRelationshipTypes', method: 'GET', path: '/data_objects/types/{type_name}/object_relationship_types', permissions: ['data_objects.read'], params: [{ name: 'type_name', in: 'path' }, { name: 'anchor', in: 'query' }, { name: 'limit', in: 'query' }, { name: 'offset', in: 'query' }] };

/**
 * List object relationship types of a data object type
 *
 * Lists the relationship kinds that can link objects of this type to other data objects, from the side given by `anchor`; use them as `rel_kind` in object relationship requests. Data Objects is generally available, but the workspace must first be provisioned for Accounts.
 *
 * `GET /data_objects/types/{type_name}/object_relationship_types`
 * Permission: `data_objects.read`.
 * Rate limit: 1,000 requests per minute (shared: data-objects-read).
 *
 * @see https://www.braze.com/docs/api/endpoints/data_objects/types/get_list_object_relationship_types/
 *
 * @operation braze-rest-client dataObjectsTypesListObjectRelationshipTypes
 */
export function dataObjectsTypesListObjectRelationshipTypes<O extends RequestOptions = {}, P extends string = 'data_objects.read'>(client: ClientFor<P, 'data_objects.read'>, input: DataObjectsTypesListObjectRelationshipTypesInput, options?: O): ResultOf<DataObjectsTypesListObjectRelationshipTypesResponse, O> {
  return $request(client as never, $dataObjectsTypesListObjectRelationshipTypes, input, options) as ResultOf<DataObjectsTypesListObjectRelationshipTypesResponse, O>;
}

/**
 * List object relationship types of a data object type: iterates every item of every page (`for await`).
 *
 * `GET /data_objects/types/{type_name}/object_relationship_types`
 * Permission: `data_objects.read`.
 * Rate limit: 1,000 requests per minute (shared: data-objects-read).
 *
 * @see https://www.braze.com/docs/api/endpoints/data_objects/types/get_list_object_relationship_types/
 *
 * @operation braze-rest-client dataObjectsTypesListObjectRelationshipTypes
 */
export function dataObjectsTypesListObjectRelationshipTypesAll<P extends string = 'data_objects.read'>(client: ClientFor<P, 'data_objects.read'>, input: DataObjectsTypesListObjectRelationshipTypesInput, options?: RequestOptions): AsyncGenerator<ItemOf<DataObjectsTypesListObjectRelationshipTypesResponse, 'items'>, void, undefined> {
  return $paginate(client as never, $dataObjectsTypesListObjectRelationshipTypes, { style: 'offset', items: 'items', offset: 'offset', limit: 'limit', maxLimit: 250 }, input, options);
}

/**
 * List object relationship types of a data object type: iterates every page, one response body each (`for await`).
 *
 * `GET /data_objects/types/{type_name}/object_relationship_types`
 * Permission: `data_objects.read`.
 * Rate limit: 1,000 requests per minute (shared: data-objects-read).
 *
 * @see https://www.braze.com/docs/api/endpoints/data_objects/types/get_list_object_relationship_types/
 */
export function dataObjectsTypesListObjectRelationshipTypesPages<P extends string = 'data_objects.read'>(client: ClientFor<P, 'data_objects.read'>, input: DataObjectsTypesListObjectRelationshipTypesInput, options?: RequestOptions): AsyncGenerator<DataObjectsTypesListObjectRelationshipTypesResponse, void, undefined> {
  return $paginate(client as never, $dataObjectsTypesListObjectRelationshipTypes, { style: 'offset', items: 'items', offset: 'offset', limit: 'limit', maxLimit: 250 }, input, options, 1);
}

/** The input of `dataObjectsTypesListUserRelationshipTypes`: parameters and body fields in one object. */
export type DataObjectsTypesListUserRelationshipTypesInput = OperationInput<operations['dataObjectsTypesListUserRelationshipTypes']>;
/** The success response body of `dataObjectsTypesListUserRelationshipTypes`. */
export type DataObjectsTypesListUserRelationshipTypesResponse = operations['dataObjectsTypesListUserRelationshipTypes']['responses'][200]['content']['application/json'];
const $dataObjectsTypesListUserRelationshipTypes: OperationDescriptor = { id: 'dataObjectsTypesListUserRelationshipTypes', method: 'GET', path: '/data_objects/types/{type_name}/user_relationship_types', permissions: ['data_objects.read'], params: [{ name: 'type_name', in: 'path' }, { name: 'limit', in: 'query' }, { name: 'offset', in: 'query' }] };

/**
 * List user relationship types of a data object type
 *
 * Lists the relationship kinds that can link users to objects of this type; use them as `rel_kind` in user relationship requests. Data Objects is generally available, but the workspace must first be provisioned for Accounts.
 *
 * `GET /data_objects/types/{type_name}/user_relationship_types`
 * Permission: `data_objects.read`.
 * Rate limit: 1,000 requests per minute (shared: data-objects-read).
 *
 * @see https://www.braze.com/docs/api/endpoints/data_objects/types/get_list_user_relationship_types/
 *
 * @operation braze-rest-client dataObjectsTypesListUserRelationshipTypes
 */
export function dataObjectsTypesListUserRelationshipTypes<O extends RequestOptions = {}, P extends string = 'data_objects.read'>(client: ClientFor<P, 'data_objects.read'>, input: DataObjectsTypesListUserRelationshipTypesInput, options?: O): ResultOf<DataObjectsTypesListUserRelationshipTypesResponse, O> {
  return $request(client as never, $dataObjectsTypesListUserRelationshipTypes, input, options) as ResultOf<DataObjectsTypesListUserRelationshipTypesResponse, O>;
}

/**
 * List user relationship types of a data object type: iterates every item of every page (`for await`).
 *
 * `GET /data_objects/types/{type_name}/user_relationship_types`
 * Permission: `data_objects.read`.
 * Rate limit: 1,000 requests per minute (shared: data-objects-read).
 *
 * @see https://www.braze.com/docs/api/endpoints/data_objects/types/get_list_user_relationship_types/
 *
 * @operation braze-rest-client dataObjectsTypesListUserRelationshipTypes
 */
export function dataObjectsTypesListUserRelationshipTypesAll<P extends string = 'data_objects.read'>(client: ClientFor<P, 'data_objects.read'>, input: DataObjectsTypesListUserRelationshipTypesInput, options?: RequestOptions): AsyncGenerator<ItemOf<DataObjectsTypesListUserRelationshipTypesResponse, 'items'>, void, undefined> {
  return $paginate(client as never, $dataObjectsTypesListUserRelationshipTypes, { style: 'offset', items: 'items', offset: 'offset', limit: 'limit', maxLimit: 250 }, input, options);
}

/**
 * List user relationship types of a data object type: iterates every page, one response body each (`for await`).
 *
 * `GET /data_objects/types/{type_name}/user_relationship_types`
 * Permission: `data_objects.read`.
 * Rate limit: 1,000 requests per minute (shared: data-objects-read).
 *
 * @see https://www.braze.com/docs/api/endpoints/data_objects/types/get_list_user_relationship_types/
 */
export function dataObjectsTypesListUserRelationshipTypesPages<P extends string = 'data_objects.read'>(client: ClientFor<P, 'data_objects.read'>, input: DataObjectsTypesListUserRelationshipTypesInput, options?: RequestOptions): AsyncGenerator<DataObjectsTypesListUserRelationshipTypesResponse, void, undefined> {
  return $paginate(client as never, $dataObjectsTypesListUserRelationshipTypes, { style: 'offset', items: 'items', offset: 'offset', limit: 'limit', maxLimit: 250 }, input, options, 1);
}

/** The input of `dataObjectsUserRelationshipsBulkDelete`: parameters and body fields in one object. */
export type DataObjectsUserRelationshipsBulkDeleteInput = OperationInput<operations['dataObjectsUserRelationshipsBulkDelete'], 'object', 'application/json'>;
/** The success response body of `dataObjectsUserRelationshipsBulkDelete`. */
export type DataObjectsUserRelationshipsBulkDeleteResponse = operations['dataObjectsUserRelationshipsBulkDelete']['responses'][202]['content']['application/json'];
const $dataObjectsUserRelationshipsBulkDelete: OperationDescriptor = { id: 'dataObjectsUserRelationshipsBulkDelete', method: 'DELETE', path: '/data_objects/user_relationships', permissions: ['data_objects.user_relationships.bulk_delete'], body: 'object' };

/**
 * Delete user relationships in bulk
 *
 * Deletes up to 50 links between users and data objects in one request. Each record names its user by exactly one identifier. Validation is all or nothing: one invalid record makes Braze refuse the whole request with 400 and store nothing. A 202 only means the batch is queued; each record can still fail while it is applied. The single-record permissions do not grant access. Data Objects is generally available, but the workspace must first be provisioned for Accounts.
 *
 * `DELETE /data_objects/user_relationships`
 * Permission: `data_objects.user_relationships.bulk_delete`.
 * Rate limit: 1,000 requests per minute (shared: data-objects-bulk-write).
 *
 * @see https://www.braze.com/docs/api/endpoints/data_objects/user_relationships/delete_bulk_user_relationships/
 *
 * @operation braze-rest-client dataObjectsUserRelationshipsBulkDelete
 */
export function dataObjectsUserRelationshipsBulkDelete<O extends RequestOptions = {}, P extends string = 'data_objects.user_relationships.bulk_delete'>(client: ClientFor<P, 'data_objects.user_relationships.bulk_delete'>, input: DataObjectsUserRelationshipsBulkDeleteInput, options?: O): ResultOf<DataObjectsUserRelationshipsBulkDeleteResponse, O> {
  return $request(client as never, $dataObjectsUserRelationshipsBulkDelete, input, options) as ResultOf<DataObjectsUserRelationshipsBulkDeleteResponse, O>;
}

/** The input of `dataObjectsUserRelationshipsBulkUpsert`: parameters and body fields in one object. */
export type DataObjectsUserRelationshipsBulkUpsertInput = OperationInput<operations['dataObjectsUserRelationshipsBulkUpsert'], 'object', 'application/json'>;
/** The success response body of `dataObjectsUserRelationshipsBulkUpsert`. */
export type DataObjectsUserRelationshipsBulkUpsertResponse = operations['dataObjectsUserRelationshipsBulkUpsert']['responses'][202]['content']['application/json'];
const $dataObjectsUserRelationshipsBulkUpsert: OperationDescriptor = { id: 'dataObjectsUserRelationshipsBulkUpsert', method: 'PUT', path: '/data_objects/user_relationships', permissions: ['data_objects.user_relationships.bulk_upsert'], body: 'object' };

/**
 * Create or replace user relationships in bulk
 *
 * Creates or replaces up to 50 links between users and data objects in one request. Each record names its user by exactly one identifier. Validation is all or nothing: one invalid record makes Braze refuse the whole request with 400 and store nothing. A 202 only means the batch is queued; each record can still fail while it is applied. The single-record permissions do not grant access. Data Objects is generally available, but the workspace must first be provisioned for Accounts.
 *
 * `PUT /data_objects/user_relationships`
 * Permission: `data_objects.user_relationships.bulk_upsert`.
 * Rate limit: 1,000 requests per minute (shared: data-objects-bulk-write).
 *
 * @see https://www.braze.com/docs/api/endpoints/data_objects/user_relationships/put_bulk_upsert_user_relationships/
 *
 * @operation braze-rest-client dataObjectsUserRelationshipsBulkUpsert
 */
export function dataObjectsUserRelationshipsBulkUpsert<O extends RequestOptions = {}, P extends string = 'data_objects.user_relationships.bulk_upsert'>(client: ClientFor<P, 'data_objects.user_relationships.bulk_upsert'>, input: DataObjectsUserRelationshipsBulkUpsertInput, options?: O): ResultOf<DataObjectsUserRelationshipsBulkUpsertResponse, O> {
  return $request(client as never, $dataObjectsUserRelationshipsBulkUpsert, input, options) as ResultOf<DataObjectsUserRelationshipsBulkUpsertResponse, O>;
}

/** The input of `dataObjectsUserRelationshipsCreate`: parameters and body fields in one object. */
export type DataObjectsUserRelationshipsCreateInput = OperationInput<operations['dataObjectsUserRelationshipsCreate'], 'object', 'application/json'>;
/** The success response body of `dataObjectsUserRelationshipsCreate`. */
export type DataObjectsUserRelationshipsCreateResponse = operations['dataObjectsUserRelationshipsCreate']['responses'][201]['content']['application/json'];
const $dataObjectsUserRelationshipsCreate: OperationDescriptor = { id: 'dataObjectsUserRelationshipsCreate', method: 'POST', path: '/data_objects/objects/{type_name}/{object_id}/users', permissions: ['data_objects.user_relationships.create'], params: [{ name: 'object_id', in: 'path' }, { name: 'type_name', in: 'path' }], body: 'object' };

/**
 * Link a user to a data object
 *
 * Creates a relationship between one Braze user and the data object. Fails with 409 when the link exists and with 422 when the user or the object has as many links as the workspace allows. Data Objects is generally available, but the workspace must first be provisioned for Accounts.
 *
 * `POST /data_objects/objects/{type_name}/{object_id}/users`
 * Permission: `data_objects.user_relationships.create`.
 * Rate limit: 1,000 requests per minute (shared: data-objects-write).
 *
 * @see https://www.braze.com/docs/api/endpoints/data_objects/user_relationships/post_create_user_relationship/
 *
 * @operation braze-rest-client dataObjectsUserRelationshipsCreate
 */
export function dataObjectsUserRelationshipsCreate<O extends RequestOptions = {}, P extends string = 'data_objects.user_relationships.create'>(client: ClientFor<P, 'data_objects.user_relationships.create'>, input: DataObjectsUserRelationshipsCreateInput, options?: O): ResultOf<DataObjectsUserRelationshipsCreateResponse, O> {
  return $request(client as never, $dataObjectsUserRelationshipsCreate, input, options) as ResultOf<DataObjectsUserRelationshipsCreateResponse, O>;
}

/** The input of `dataObjectsUserRelationshipsDelete`: parameters and body fields in one object. */
export type DataObjectsUserRelationshipsDeleteInput = OperationInput<operations['dataObjectsUserRelationshipsDelete'], 'object', 'application/json'>;
/** The success response body of `dataObjectsUserRelationshipsDelete`. */
export type DataObjectsUserRelationshipsDeleteResponse = operations['dataObjectsUserRelationshipsDelete']['responses'][200]['content']['application/json'];
const $dataObjectsUserRelationshipsDelete: OperationDescriptor = { id: 'dataObjectsUserRelationshipsDelete', method: 'DELETE', path: '/data_objects/objects/{type_name}/{object_id}/users', permissions: ['data_objects.user_relationships.delete'], params: [{ name: 'object_id', in: 'path' }, { name: 'type_name', in: 'path' }], body: 'object' };

/**
 * Unlink a user from a data object
 *
 * Deletes one link between a Braze user and the data object; the user profile and the object stay. The link is named in a JSON body, so the HTTP client must send a body with DELETE. Data Objects is generally available, but the workspace must first be provisioned for Accounts.
 *
 * `DELETE /data_objects/objects/{type_name}/{object_id}/users`
 * Permission: `data_objects.user_relationships.delete`.
 * Rate limit: 1,000 requests per minute (shared: data-objects-write).
 *
 * @see https://www.braze.com/docs/api/endpoints/data_objects/user_relationships/delete_user_relationship/
 *
 * @operation braze-rest-client dataObjectsUserRelationshipsDelete
 */
export function dataObjectsUserRelationshipsDelete<O extends RequestOptions = {}, P extends string = 'data_objects.user_relationships.delete'>(client: ClientFor<P, 'data_objects.user_relationships.delete'>, input: DataObjectsUserRelationshipsDeleteInput, options?: O): ResultOf<DataObjectsUserRelationshipsDeleteResponse, O> {
  return $request(client as never, $dataObjectsUserRelationshipsDelete, input, options) as ResultOf<DataObjectsUserRelationshipsDeleteResponse, O>;
}

/** The input of `dataObjectsUserRelationshipsList`: parameters and body fields in one object. */
export type DataObjectsUserRelationshipsListInput = OperationInput<operations['dataObjectsUserRelationshipsList']>;
/** The success response body of `dataObjectsUserRelationshipsList`. */
export type DataObjectsUserRelationshipsListResponse = operations['dataObjectsUserRelationshipsList']['responses'][200]['content']['application/json'];
const $dataObjectsUserRelationshipsList: OperationDescriptor = { id: 'dataObjectsUserRelationshipsList', method: 'GET', path: '/data_objects/objects/{type_name}/{object_id}/user_relationships', permissions: ['data_objects.user_relationships.read'], params: [{ name: 'object_id', in: 'path' }, { name: 'type_name', in: 'path' }, { name: 'limit', in: 'query' }, { name: 'offset', in: 'query' }, { name: 'rel_kind', in: 'query' }] };

/**
 * List the users related to a data object
 *
 * Lists the users linked to one data object, a page at a time, optionally of one relationship kind. Each user is given by Braze ID only. Data Objects is generally available, but the workspace must first be provisioned for Accounts.
 *
 * `GET /data_objects/objects/{type_name}/{object_id}/user_relationships`
 * Permission: `data_objects.user_relationships.read`.
 * Rate limit: 1,000 requests per minute (shared: data-objects-read).
 *
 * @see https://www.braze.com/docs/api/endpoints/data_objects/user_relationships/get_list_user_relationships/
 *
 * @operation braze-rest-client dataObjectsUserRelationshipsList
 */
export function dataObjectsUserRelationshipsList<O extends RequestOptions = {}, P extends string = 'data_objects.user_relationships.read'>(client: ClientFor<P, 'data_objects.user_relationships.read'>, input: DataObjectsUserRelationshipsListInput, options?: O): ResultOf<DataObjectsUserRelationshipsListResponse, O> {
  return $request(client as never, $dataObjectsUserRelationshipsList, input, options) as ResultOf<DataObjectsUserRelationshipsListResponse, O>;
}

/**
 * List the users related to a data object: iterates every item of every page (`for await`).
 *
 * `GET /data_objects/objects/{type_name}/{object_id}/user_relationships`
 * Permission: `data_objects.user_relationships.read`.
 * Rate limit: 1,000 requests per minute (shared: data-objects-read).
 *
 * @see https://www.braze.com/docs/api/endpoints/data_objects/user_relationships/get_list_user_relationships/
 *
 * @operation braze-rest-client dataObjectsUserRelationshipsList
 */
export function dataObjectsUserRelationshipsListAll<P extends string = 'data_objects.user_relationships.read'>(client: ClientFor<P, 'data_objects.user_relationships.read'>, input: DataObjectsUserRelationshipsListInput, options?: RequestOptions): AsyncGenerator<ItemOf<DataObjectsUserRelationshipsListResponse, 'items'>, void, undefined> {
  return $paginate(client as never, $dataObjectsUserRelationshipsList, { style: 'offset', items: 'items', offset: 'offset', limit: 'limit', maxLimit: 250 }, input, options);
}

/**
 * List the users related to a data object: iterates every page, one response body each (`for await`).
 *
 * `GET /data_objects/objects/{type_name}/{object_id}/user_relationships`
 * Permission: `data_objects.user_relationships.read`.
 * Rate limit: 1,000 requests per minute (shared: data-objects-read).
 *
 * @see https://www.braze.com/docs/api/endpoints/data_objects/user_relationships/get_list_user_relationships/
 */
export function dataObjectsUserRelationshipsListPages<P extends string = 'data_objects.user_relationships.read'>(client: ClientFor<P, 'data_objects.user_relationships.read'>, input: DataObjectsUserRelationshipsListInput, options?: RequestOptions): AsyncGenerator<DataObjectsUserRelationshipsListResponse, void, undefined> {
  return $paginate(client as never, $dataObjectsUserRelationshipsList, { style: 'offset', items: 'items', offset: 'offset', limit: 'limit', maxLimit: 250 }, input, options, 1);
}

/** The input of `dataObjectsUserRelationshipsReplace`: parameters and body fields in one object. */
export type DataObjectsUserRelationshipsReplaceInput = OperationInput<operations['dataObjectsUserRelationshipsReplace'], 'object', 'application/json'>;
/** The success response body of `dataObjectsUserRelationshipsReplace`. */
export type DataObjectsUserRelationshipsReplaceResponse = operations['dataObjectsUserRelationshipsReplace']['responses'][200]['content']['application/json'];
const $dataObjectsUserRelationshipsReplace: OperationDescriptor = { id: 'dataObjectsUserRelationshipsReplace', method: 'PUT', path: '/data_objects/objects/{type_name}/{object_id}/users', permissions: ['data_objects.user_relationships.update'], params: [{ name: 'object_id', in: 'path' }, { name: 'type_name', in: 'path' }], body: 'object' };

/**
 * Create or replace a user relationship
 *
 * Links a Braze user to the data object, or replaces all attributes of the existing link. Data Objects is generally available, but the workspace must first be provisioned for Accounts.
 *
 * `PUT /data_objects/objects/{type_name}/{object_id}/users`
 * Permission: `data_objects.user_relationships.update`.
 * Rate limit: 1,000 requests per minute (shared: data-objects-write).
 *
 * @see https://www.braze.com/docs/api/endpoints/data_objects/user_relationships/put_replace_user_relationship/
 *
 * @operation braze-rest-client dataObjectsUserRelationshipsReplace
 */
export function dataObjectsUserRelationshipsReplace<O extends RequestOptions = {}, P extends string = 'data_objects.user_relationships.update'>(client: ClientFor<P, 'data_objects.user_relationships.update'>, input: DataObjectsUserRelationshipsReplaceInput, options?: O): ResultOf<DataObjectsUserRelationshipsReplaceResponse, O> {
  return $request(client as never, $dataObjectsUserRelationshipsReplace, input, options) as ResultOf<DataObjectsUserRelationshipsReplaceResponse, O>;
}

/** The input of `dataObjectsUserRelationshipsUpdate`: parameters and body fields in one object. */
export type DataObjectsUserRelationshipsUpdateInput = OperationInput<operations['dataObjectsUserRelationshipsUpdate'], 'object', 'application/json'>;
/** The success response body of `dataObjectsUserRelationshipsUpdate`. */
export type DataObjectsUserRelationshipsUpdateResponse = operations['dataObjectsUserRelationshipsUpdate']['responses'][200]['content']['application/json'];
const $dataObjectsUserRelationshipsUpdate: OperationDescriptor = { id: 'dataObjectsUserRelationshipsUpdate', method: 'PATCH', path: '/data_objects/objects/{type_name}/{object_id}/users', permissions: ['data_objects.user_relationships.update'], params: [{ name: 'object_id', in: 'path' }, { name: 'type_name', in: 'path' }], body: 'object' };

/**
 * Update a user relationship
 *
 * Merges attributes into an existing link between a Braze user and the data object; attributes left out keep their values. Data Objects is generally available, but the workspace must first be provisioned for Accounts.
 *
 * `PATCH /data_objects/objects/{type_name}/{object_id}/users`
 * Permission: `data_objects.user_relationships.update`.
 * Rate limit: 1,000 requests per minute (shared: data-objects-write).
 *
 * @see https://www.braze.com/docs/api/endpoints/data_objects/user_relationships/patch_update_user_relationship/
 *
 * @operation braze-rest-client dataObjectsUserRelationshipsUpdate
 */
export function dataObjectsUserRelationshipsUpdate<O extends RequestOptions = {}, P extends string = 'data_objects.user_relationships.update'>(client: ClientFor<P, 'data_objects.user_relationships.update'>, input: DataObjectsUserRelationshipsUpdateInput, options?: O): ResultOf<DataObjectsUserRelationshipsUpdateResponse, O> {
  return $request(client as never, $dataObjectsUserRelationshipsUpdate, input, options) as ResultOf<DataObjectsUserRelationshipsUpdateResponse, O>;
}

/** The input of `deviceMessagingBannersSync`: parameters and body fields in one object. */
export type DeviceMessagingBannersSyncInput = OperationInput<operations['deviceMessagingBannersSync'], 'object', 'application/json'>;
/** The success response body of `deviceMessagingBannersSync`. */
export type DeviceMessagingBannersSyncResponse = operations['deviceMessagingBannersSync']['responses'][200]['content']['application/json'];
const $deviceMessagingBannersSync: OperationDescriptor = { id: 'deviceMessagingBannersSync', method: 'POST', path: '/v1/device-messaging/banners/sync', other: 1, body: 'object' };

/**
 * Retrieve Banners for a user
 *
 * Returns, for each requested placement, the Banner the user is eligible for (or `null`), as structured properties to build your own interface from. Part of the Device Messaging API, which is called with a client-side REST API key holding `banners.sync` (a private REST API key is refused) on the instance's usual REST endpoint. With `device_id` of a device on the user's profile, Liquid `targeted_device` tags in the Banner are filled in; otherwise they fall back to their defaults and the call still succeeds. In beta: ask Braze for access.
 *
 * `POST /v1/device-messaging/banners/sync`
 * Credential: `BrazeClientKey` with `banners.sync` (not a REST API key permission).
 * Rate limit: No fixed limit: the Device Messaging API has limits of its own per workspace, separate from the REST API's and not published; a 429 says when one is reached.
 * Early access: the endpoint may change.
 *
 * @see https://www.braze.com/docs/api/device_messaging_api/endpoints/banners/post_sync_banners/
 *
 * @operation braze-rest-client deviceMessagingBannersSync
 */
export function deviceMessagingBannersSync<O extends RequestOptions = {}, P extends string = '(other credential)'>(client: ClientFor<P, '(other credential)'>, input: DeviceMessagingBannersSyncInput, options?: O): ResultOf<DeviceMessagingBannersSyncResponse, O> {
  return $request(client as never, $deviceMessagingBannersSync, input, options) as ResultOf<DeviceMessagingBannersSyncResponse, O>;
}

/** The input of `deviceMessagingBannersTrack`: parameters and body fields in one object. */
export type DeviceMessagingBannersTrackInput = OperationInput<operations['deviceMessagingBannersTrack'], 'object', 'application/json'>;
/** The success response body of `deviceMessagingBannersTrack`. */
export type DeviceMessagingBannersTrackResponse = operations['deviceMessagingBannersTrack']['responses'][202]['content']['application/json'];
const $deviceMessagingBannersTrack: OperationDescriptor = { id: 'deviceMessagingBannersTrack', method: 'POST', path: '/v1/device-messaging/banners/track', other: 1, body: 'object' };

/**
 * Track Banner events
 *
 * Records impressions, clicks and dismissals of Banners for one user, using the Banner `id` returned by the sync endpoint (not the placement ID). Each event is checked on its own: valid ones are queued and skipped ones are listed in `errors` by index; only when none is valid does the request fail with 400. A dismissal stops the Banner from coming back in later syncs (unless the campaign makes it eligible again), but it is processed asynchronously, sometimes over minutes, so the app should hide the Banner itself. Part of the Device Messaging API: called with a client-side REST API key holding `banners.track`. In beta: ask Braze for access.
 *
 * `POST /v1/device-messaging/banners/track`
 * Credential: `BrazeClientKey` with `banners.track` (not a REST API key permission).
 * Rate limit: No fixed limit: the Device Messaging API has limits of its own per workspace, separate from the REST API's and not published; a 429 says when one is reached.
 * Early access: the endpoint may change.
 *
 * @see https://www.braze.com/docs/api/device_messaging_api/endpoints/banners/post_track_banner_events/
 *
 * @operation braze-rest-client deviceMessagingBannersTrack
 */
export function deviceMessagingBannersTrack<O extends RequestOptions = {}, P extends string = '(other credential)'>(client: ClientFor<P, '(other credential)'>, input: DeviceMessagingBannersTrackInput, options?: O): ResultOf<DeviceMessagingBannersTrackResponse, O> {
  return $request(client as never, $deviceMessagingBannersTrack, input, options) as ResultOf<DeviceMessagingBannersTrackResponse, O>;
}

/** The input of `emailBlacklist`: parameters and body fields in one object. */
export type EmailBlacklistInput = OperationInput<operations['emailBlacklist'], 'object', 'application/json'>;
/** The success response body of `emailBlacklist`. */
export type EmailBlacklistResponse = operations['emailBlacklist']['responses'][200]['content']['application/json'];
const $emailBlacklist: OperationDescriptor = { id: 'emailBlacklist', method: 'POST', path: '/email/blacklist', permissions: ['email.blacklist'], body: 'object' };

/**
 * Blacklist email addresses (deprecated)
 *
 * The original name of `/email/blocklist`, with the same behaviour: unsubscribes the given email addresses from email and marks them as hard bounced. Send one address or an array of up to 50. Braze recommends `/email/blocklist` instead.
 *
 * `POST /email/blacklist`
 * Permission: `email.blacklist`.
 *
 * @see https://www.braze.com/docs/api/endpoints/email/post_blacklist/
 *
 * @deprecated The API marks this operation as deprecated.
 *
 * @operation braze-rest-client emailBlacklist
 */
export function emailBlacklist<O extends RequestOptions = {}, P extends string = 'email.blacklist'>(client: ClientFor<P, 'email.blacklist'>, input: EmailBlacklistInput, options?: O): ResultOf<EmailBlacklistResponse, O> {
  return $request(client as never, $emailBlacklist, input, options) as ResultOf<EmailBlacklistResponse, O>;
}

/** The input of `emailBlocklist`: parameters and body fields in one object. */
export type EmailBlocklistInput = OperationInput<operations['emailBlocklist'], 'object', 'application/json'>;
/** The success response body of `emailBlocklist`. */
export type EmailBlocklistResponse = operations['emailBlocklist']['responses'][200]['content']['application/json'];
const $emailBlocklist: OperationDescriptor = { id: 'emailBlocklist', method: 'POST', path: '/email/blocklist', permissions: ['email.blacklist'], body: 'object' };

/**
 * Blocklist email addresses
 *
 * Unsubscribes the given email addresses from email and marks them as hard bounced, so Braze stops sending email to them. Send one address or an array of up to 50. The permission keeps its old name, `email.blacklist`.
 *
 * `POST /email/blocklist`
 * Permission: `email.blacklist`.
 *
 * @see https://www.braze.com/docs/api/endpoints/email/post_blocklist/
 *
 * @operation braze-rest-client emailBlocklist
 */
export function emailBlocklist<O extends RequestOptions = {}, P extends string = 'email.blacklist'>(client: ClientFor<P, 'email.blacklist'>, input: EmailBlocklistInput, options?: O): ResultOf<EmailBlocklistResponse, O> {
  return $request(client as never, $emailBlocklist, input, options) as ResultOf<EmailBlocklistResponse, O>;
}

/** The input of `emailBounceRemove`: parameters and body fields in one object. */
export type EmailBounceRemoveInput = OperationInput<operations['emailBounceRemove'], 'object', 'application/json'>;
/** The success response body of `emailBounceRemove`. */
export type EmailBounceRemoveResponse = operations['emailBounceRemove']['responses'][200]['content']['application/json'];
const $emailBounceRemove: OperationDescriptor = { id: 'emailBounceRemove', method: 'POST', path: '/email/bounce/remove', permissions: ['email.bounce.remove'], body: 'object' };

/**
 * Remove hard-bounced email addresses
 *
 * Removes email addresses from Braze's hard-bounce list and from the bounce list kept by your email provider, so they can receive email again. Send one address or an array of up to 50.
 *
 * `POST /email/bounce/remove`
 * Permission: `email.bounce.remove`.
 *
 * @see https://www.braze.com/docs/api/endpoints/email/post_remove_hard_bounces/
 *
 * @operation braze-rest-client emailBounceRemove
 */
export function emailBounceRemove<O extends RequestOptions = {}, P extends string = 'email.bounce.remove'>(client: ClientFor<P, 'email.bounce.remove'>, input: EmailBounceRemoveInput, options?: O): ResultOf<EmailBounceRemoveResponse, O> {
  return $request(client as never, $emailBounceRemove, input, options) as ResultOf<EmailBounceRemoveResponse, O>;
}

/** The input of `emailHardBounces`: parameters and body fields in one object. */
export type EmailHardBouncesInput = OperationInput<operations['emailHardBounces']>;
/** The success response body of `emailHardBounces`. */
export type EmailHardBouncesResponse = operations['emailHardBounces']['responses'][200]['content']['application/json'];
const $emailHardBounces: OperationDescriptor = { id: 'emailHardBounces', method: 'GET', path: '/email/hard_bounces', permissions: ['email.hard_bounces'], params: [{ name: 'email', in: 'query' }, { name: 'end_date', in: 'query' }, { name: 'limit', in: 'query' }, { name: 'offset', in: 'query' }, { name: 'start_date', in: 'query' }] };

/**
 * List hard-bounced email addresses
 *
 * Lists email addresses that hard bounced within a date range, newest first, or tells whether one address hard bounced. Send `end_date` plus either `start_date` or `email`; when `email` is sent, the date range is ignored. Results come in pages of `limit` (up to 500) starting at `offset`; combining `email` with `limit`/`offset` can return an empty list.
 *
 * `GET /email/hard_bounces`
 * Permission: `email.hard_bounces`.
 *
 * @see https://www.braze.com/docs/api/endpoints/email/get_list_hard_bounces/
 *
 * @operation braze-rest-client emailHardBounces
 */
export function emailHardBounces<O extends RequestOptions = {}, P extends string = 'email.hard_bounces'>(client: ClientFor<P, 'email.hard_bounces'>, input: EmailHardBouncesInput, options?: O): ResultOf<EmailHardBouncesResponse, O> {
  return $request(client as never, $emailHardBounces, input, options) as ResultOf<EmailHardBouncesResponse, O>;
}

/**
 * List hard-bounced email addresses: iterates every item of every page (`for await`).
 *
 * `GET /email/hard_bounces`
 * Permission: `email.hard_bounces`.
 *
 * @see https://www.braze.com/docs/api/endpoints/email/get_list_hard_bounces/
 *
 * @operation braze-rest-client emailHardBounces
 */
export function emailHardBouncesAll<P extends string = 'email.hard_bounces'>(client: ClientFor<P, 'email.hard_bounces'>, input: EmailHardBouncesInput, options?: RequestOptions): AsyncGenerator<ItemOf<EmailHardBouncesResponse, 'emails'>, void, undefined> {
  return $paginate(client as never, $emailHardBounces, { style: 'offset', items: 'emails', offset: 'offset', limit: 'limit', maxLimit: 500 }, input, options);
}

/**
 * List hard-bounced email addresses: iterates every page, one response body each (`for await`).
 *
 * `GET /email/hard_bounces`
 * Permission: `email.hard_bounces`.
 *
 * @see https://www.braze.com/docs/api/endpoints/email/get_list_hard_bounces/
 */
export function emailHardBouncesPages<P extends string = 'email.hard_bounces'>(client: ClientFor<P, 'email.hard_bounces'>, input: EmailHardBouncesInput, options?: RequestOptions): AsyncGenerator<EmailHardBouncesResponse, void, undefined> {
  return $paginate(client as never, $emailHardBounces, { style: 'offset', items: 'emails', offset: 'offset', limit: 'limit', maxLimit: 500 }, input, options, 1);
}

/** The input of `emailSpamRemove`: parameters and body fields in one object. */
export type EmailSpamRemoveInput = OperationInput<operations['emailSpamRemove'], 'object', 'application/json'>;
/** The success response body of `emailSpamRemove`. */
export type EmailSpamRemoveResponse = operations['emailSpamRemove']['responses'][200]['content']['application/json'];
const $emailSpamRemove: OperationDescriptor = { id: 'emailSpamRemove', method: 'POST', path: '/email/spam/remove', permissions: ['email.spam.remove'], body: 'object' };

/**
 * Remove email addresses from the spam list
 *
 * Removes email addresses from Braze's spam list and from the spam list kept by your email provider. Send one address or an array of up to 50.
 *
 * `POST /email/spam/remove`
 * Permission: `email.spam.remove`.
 *
 * @see https://www.braze.com/docs/api/endpoints/email/post_remove_spam/
 *
 * @operation braze-rest-client emailSpamRemove
 */
export function emailSpamRemove<O extends RequestOptions = {}, P extends string = 'email.spam.remove'>(client: ClientFor<P, 'email.spam.remove'>, input: EmailSpamRemoveInput, options?: O): ResultOf<EmailSpamRemoveResponse, O> {
  return $request(client as never, $emailSpamRemove, input, options) as ResultOf<EmailSpamRemoveResponse, O>;
}

/** The input of `emailStatus`: parameters and body fields in one object. */
export type EmailStatusInput = OperationInput<operations['emailStatus'], 'object', 'application/json'>;
/** The success response body of `emailStatus`. */
export type EmailStatusResponse = operations['emailStatus']['responses'][200]['content']['application/json'];
const $emailStatus: OperationDescriptor = { id: 'emailStatus', method: 'POST', path: '/email/status', permissions: ['email.status'], body: 'object' };

/**
 * Change email subscription status
 *
 * Sets the global email subscription state of email addresses: `opted_in`, `subscribed` (neither opted in nor out) or `unsubscribed`. The address need not belong to a user yet; the state is applied when a user with that address appears. Send one address or an array of up to 50.
 *
 * `POST /email/status`
 * Permission: `email.status`.
 *
 * @see https://www.braze.com/docs/api/endpoints/email/post_email_subscription_status/
 *
 * @operation braze-rest-client emailStatus
 */
export function emailStatus<O extends RequestOptions = {}, P extends string = 'email.status'>(client: ClientFor<P, 'email.status'>, input: EmailStatusInput, options?: O): ResultOf<EmailStatusResponse, O> {
  return $request(client as never, $emailStatus, input, options) as ResultOf<EmailStatusResponse, O>;
}

/** The input of `emailUnsubscribes`: parameters and body fields in one object. */
export type EmailUnsubscribesInput = OperationInput<operations['emailUnsubscribes']>;
/** The success response body of `emailUnsubscribes`. */
export type EmailUnsubscribesResponse = operations['emailUnsubscribes']['responses'][200]['content']['application/json'];
const $emailUnsubscribes: OperationDescriptor = { id: 'emailUnsubscribes', method: 'GET', path: '/email/unsubscribes', permissions: ['email.unsubscribe'], params: [{ name: 'email', in: 'query' }, { name: 'end_date', in: 'query' }, { name: 'limit', in: 'query' }, { name: 'offset', in: 'query' }, { name: 'sort_direction', in: 'query' }, { name: 'start_date', in: 'query' }] };

/**
 * List unsubscribed email addresses
 *
 * Lists the email addresses that unsubscribed between `start_date` and `end_date` (newest first unless `sort_direction=asc`), or tells whether one address unsubscribed; useful to keep another email system in sync. Send `end_date` plus either `start_date` or `email`. Results come in pages of `limit` (up to 500) starting at `offset`. For a full history of subscription changes use Currents.
 *
 * `GET /email/unsubscribes`
 * Permission: `email.unsubscribe`.
 *
 * @see https://www.braze.com/docs/api/endpoints/email/get_query_unsubscribed_email_addresses/
 *
 * @operation braze-rest-client emailUnsubscribes
 */
export function emailUnsubscribes<O extends RequestOptions = {}, P extends string = 'email.unsubscribe'>(client: ClientFor<P, 'email.unsubscribe'>, input: EmailUnsubscribesInput, options?: O): ResultOf<EmailUnsubscribesResponse, O> {
  return $request(client as never, $emailUnsubscribes, input, options) as ResultOf<EmailUnsubscribesResponse, O>;
}

/**
 * List unsubscribed email addresses: iterates every item of every page (`for await`).
 *
 * `GET /email/unsubscribes`
 * Permission: `email.unsubscribe`.
 *
 * @see https://www.braze.com/docs/api/endpoints/email/get_query_unsubscribed_email_addresses/
 *
 * @operation braze-rest-client emailUnsubscribes
 */
export function emailUnsubscribesAll<P extends string = 'email.unsubscribe'>(client: ClientFor<P, 'email.unsubscribe'>, input: EmailUnsubscribesInput, options?: RequestOptions): AsyncGenerator<ItemOf<EmailUnsubscribesResponse, 'emails'>, void, undefined> {
  return $paginate(client as never, $emailUnsubscribes, { style: 'offset', items: 'emails', offset: 'offset', limit: 'limit', maxLimit: 500 }, input, options);
}

/**
 * List unsubscribed email addresses: iterates every page, one response body each (`for await`).
 *
 * `GET /email/unsubscribes`
 * Permission: `email.unsubscribe`.
 *
 * @see https://www.braze.com/docs/api/endpoints/email/get_query_unsubscribed_email_addresses/
 */
export function emailUnsubscribesPages<P extends string = 'email.unsubscribe'>(client: ClientFor<P, 'email.unsubscribe'>, input: EmailUnsubscribesInput, options?: RequestOptions): AsyncGenerator<EmailUnsubscribesResponse, void, undefined> {
  return $paginate(client as never, $emailUnsubscribes, { style: 'offset', items: 'emails', offset: 'offset', limit: 'limit', maxLimit: 500 }, input, options, 1);
}

/** The input of `eventsDataSeries`: parameters and body fields in one object. */
export type EventsDataSeriesInput = OperationInput<operations['eventsDataSeries']>;
/** The success response body of `eventsDataSeries`. */
export type EventsDataSeriesResponse = operations['eventsDataSeries']['responses'][200]['content']['application/json'];
const $eventsDataSeries: OperationDescriptor = { id: 'eventsDataSeries', method: 'GET', path: '/events/data_series', permissions: ['events.data_series'], params: [{ name: 'app_id', in: 'query' }, { name: 'ending_at', in: 'query' }, { name: 'event', in: 'query' }, { name: 'length', in: 'query' }, { name: 'segment_id', in: 'query' }, { name: 'unit', in: 'query' }] };

/**
 * Export custom event analytics
 *
 * Returns how many times a custom event occurred per day or per hour over a period, for the whole workspace, one app, or one analytics-enabled segment. `length` counts units (1 to 100) ending at `ending_at`.
 *
 * `GET /events/data_series`
 * Permission: `events.data_series`.
 *
 * @see https://www.braze.com/docs/api/endpoints/export/custom_events/get_custom_events_analytics/
 *
 * @operation braze-rest-client eventsDataSeries
 */
export function eventsDataSeries<O extends RequestOptions = {}, P extends string = 'events.data_series'>(client: ClientFor<P, 'events.data_series'>, input: EventsDataSeriesInput, options?: O): ResultOf<EventsDataSeriesResponse, O> {
  return $request(client as never, $eventsDataSeries, input, options) as ResultOf<EventsDataSeriesResponse, O>;
}

/** The input of `eventsGet`: parameters and body fields in one object. */
export type EventsGetInput = OperationInput<operations['eventsGet']>;
/** The success response body of `eventsGet`. */
export type EventsGetResponse = operations['eventsGet']['responses'][200]['content']['application/json'];
const $eventsGet: OperationDescriptor = { id: 'eventsGet', method: 'GET', path: '/events', permissions: ['events.get'], params: [{ name: 'cursor', in: 'query' }] };

/**
 * Export custom events with their details
 *
 * Lists the custom events recorded for the workspace with their description, status, tags and whether they are in the analytics report, 50 per page in alphabetical order. Follow the `rel="next"` URL of the `Link` header for more.
 *
 * `GET /events`
 * Permission: `events.get`.
 * Rate limit: 1,000 requests per hour (shared: export-lists).
 *
 * @see https://www.braze.com/docs/api/endpoints/export/custom_events/get_custom_events_data/
 *
 * @operation braze-rest-client eventsGet
 */
export function eventsGet<O extends RequestOptions = {}, P extends string = 'events.get'>(client: ClientFor<P, 'events.get'>, input?: EventsGetInput, options?: O): ResultOf<EventsGetResponse, O> {
  return $request(client as never, $eventsGet, input, options) as ResultOf<EventsGetResponse, O>;
}

/**
 * Export custom events with their details: iterates every item of every page (`for await`).
 *
 * `GET /events`
 * Permission: `events.get`.
 * Rate limit: 1,000 requests per hour (shared: export-lists).
 *
 * @see https://www.braze.com/docs/api/endpoints/export/custom_events/get_custom_events_data/
 *
 * @operation braze-rest-client eventsGet
 */
export function eventsGetAll<P extends string = 'events.get'>(client: ClientFor<P, 'events.get'>, input?: EventsGetInput, options?: RequestOptions): AsyncGenerator<ItemOf<EventsGetResponse, 'events'>, void, undefined> {
  return $paginate(client as never, $eventsGet, { style: 'cursor', items: 'events' }, input, options);
}

/**
 * Export custom events with their details: iterates every page, one response body each (`for await`).
 *
 * `GET /events`
 * Permission: `events.get`.
 * Rate limit: 1,000 requests per hour (shared: export-lists).
 *
 * @see https://www.braze.com/docs/api/endpoints/export/custom_events/get_custom_events_data/
 */
export function eventsGetPages<P extends string = 'events.get'>(client: ClientFor<P, 'events.get'>, input?: EventsGetInput, options?: RequestOptions): AsyncGenerator<EventsGetResponse, void, undefined> {
  return $paginate(client as never, $eventsGet, { style: 'cursor', items: 'events' }, input, options, 1);
}

/** The input of `eventsList`: parameters and body fields in one object. */
export type EventsListInput = OperationInput<operations['eventsList']>;
/** The success response body of `eventsList`. */
export type EventsListResponse = operations['eventsList']['responses'][200]['content']['application/json'];
const $eventsList: OperationDescriptor = { id: 'eventsList', method: 'GET', path: '/events/list', permissions: ['events.list'], params: [{ name: 'page', in: 'query' }] };

/**
 * Export custom event names
 *
 * Lists the names of the custom events recorded for the workspace, 250 per page in alphabetical order. Pages are numbered from 0.
 *
 * `GET /events/list`
 * Permission: `events.list`.
 * Rate limit: 1,000 requests per hour (shared: export-lists).
 *
 * @see https://www.braze.com/docs/api/endpoints/export/custom_events/get_custom_events/
 *
 * @operation braze-rest-client eventsList
 */
export function eventsList<O extends RequestOptions = {}, P extends string = 'events.list'>(client: ClientFor<P, 'events.list'>, input?: EventsListInput, options?: O): ResultOf<EventsListResponse, O> {
  return $request(client as never, $eventsList, input, options) as ResultOf<EventsListResponse, O>;
}

/**
 * Export custom event names: iterates every item of every page (`for await`).
 *
 * `GET /events/list`
 * Permission: `events.list`.
 * Rate limit: 1,000 requests per hour (shared: export-lists).
 *
 * @see https://www.braze.com/docs/api/endpoints/export/custom_events/get_custom_events/
 *
 * @operation braze-rest-client eventsList
 */
export function eventsListAll<P extends string = 'events.list'>(client: ClientFor<P, 'events.list'>, input?: EventsListInput, options?: RequestOptions): AsyncGenerator<ItemOf<EventsListResponse, 'events'>, void, undefined> {
  return $paginate(client as never, $eventsList, { style: 'page', items: 'events', page: 'page', pageSize: 250 }, input, options);
}

/**
 * Export custom event names: iterates every page, one response body each (`for await`).
 *
 * `GET /events/list`
 * Permission: `events.list`.
 * Rate limit: 1,000 requests per hour (shared: export-lists).
 *
 * @see https://www.braze.com/docs/api/endpoints/export/custom_events/get_custom_events/
 */
export function eventsListPages<P extends string = 'events.list'>(client: ClientFor<P, 'events.list'>, input?: EventsListInput, options?: RequestOptions): AsyncGenerator<EventsListResponse, void, undefined> {
  return $paginate(client as never, $eventsList, { style: 'page', items: 'events', page: 'page', pageSize: 250 }, input, options, 1);
}

/** The input of `exportSegmentCancel`: parameters and body fields in one object. */
export type ExportSegmentCancelInput = OperationInput<operations['exportSegmentCancel'], 'object', 'application/json'>;
/** The success response body of `exportSegmentCancel`. */
export type ExportSegmentCancelResponse = operations['exportSegmentCancel']['responses'][200]['content']['application/json'];
const $exportSegmentCancel: OperationDescriptor = { id: 'exportSegmentCancel', method: 'POST', path: '/export/segment/cancel', permissions: ['segments.list'], body: 'object' };

/**
 * Cancel segment exports
 *
 * Cancels every ongoing user export (from `/users/export/segment`) of the given segment. The page requires the `segments.list` permission.
 *
 * `POST /export/segment/cancel`
 * Permission: `segments.list`.
 *
 * @see https://www.braze.com/docs/api/endpoints/export/segments/post_cancel_export/
 *
 * @operation braze-rest-client exportSegmentCancel
 */
export function exportSegmentCancel<O extends RequestOptions = {}, P extends string = 'segments.list'>(client: ClientFor<P, 'segments.list'>, input: ExportSegmentCancelInput, options?: O): ResultOf<ExportSegmentCancelResponse, O> {
  return $request(client as never, $exportSegmentCancel, input, options) as ResultOf<ExportSegmentCancelResponse, O>;
}

/** The input of `feedDataSeries`: parameters and body fields in one object. */
export type FeedDataSeriesInput = OperationInput<operations['feedDataSeries']>;
/** The success response body of `feedDataSeries`. */
export type FeedDataSeriesResponse = operations['feedDataSeries']['responses'][200]['content']['application/json'];
const $feedDataSeries: OperationDescriptor = { id: 'feedDataSeries', method: 'GET', path: '/feed/data_series', permissions: ['feed.data_series'], params: [{ name: 'card_id', in: 'query' }, { name: 'ending_at', in: 'query' }, { name: 'length', in: 'query' }, { name: 'unit', in: 'query' }] };

/**
 * Export News Feed card analytics
 *
 * Returns a News Feed card's engagement (clicks, impressions, and their unique counts) per day or per hour over a period. `length` counts units (1 to 100) ending at `ending_at`. News Feed is deprecated in favour of Content Cards.
 *
 * `GET /feed/data_series`
 * Permission: `feed.data_series`.
 *
 * @see https://www.braze.com/docs/api/endpoints/export/news_feed/get_news_feed_card_analytics/
 *
 * @deprecated The API marks this operation as deprecated.
 *
 * @operation braze-rest-client feedDataSeries
 */
export function feedDataSeries<O extends RequestOptions = {}, P extends string = 'feed.data_series'>(client: ClientFor<P, 'feed.data_series'>, input: FeedDataSeriesInput, options?: O): ResultOf<FeedDataSeriesResponse, O> {
  return $request(client as never, $feedDataSeries, input, options) as ResultOf<FeedDataSeriesResponse, O>;
}

/** The input of `feedDetails`: parameters and body fields in one object. */
export type FeedDetailsInput = OperationInput<operations['feedDetails']>;
/** The success response body of `feedDetails`. */
export type FeedDetailsResponse = operations['feedDetails']['responses'][200]['content']['application/json'];
const $feedDetails: OperationDescriptor = { id: 'feedDetails', method: 'GET', path: '/feed/details', permissions: ['feed.details'], params: [{ name: 'card_id', in: 'query' }] };

/**
 * Export News Feed card details
 *
 * Returns a News Feed card's name, title, description, image, extras, publication window, tags, and whether it is archived or a draft. News Feed is deprecated in favour of Content Cards.
 *
 * `GET /feed/details`
 * Permission: `feed.details`.
 *
 * @see https://www.braze.com/docs/api/endpoints/export/news_feed/get_news_feed_card_details/
 *
 * @deprecated The API marks this operation as deprecated.
 *
 * @operation braze-rest-client feedDetails
 */
export function feedDetails<O extends RequestOptions = {}, P extends string = 'feed.details'>(client: ClientFor<P, 'feed.details'>, input: FeedDetailsInput, options?: O): ResultOf<FeedDetailsResponse, O> {
  return $request(client as never, $feedDetails, input, options) as ResultOf<FeedDetailsResponse, O>;
}

/** The input of `feedList`: parameters and body fields in one object. */
export type FeedListInput = OperationInput<operations['feedList']>;
/** The success response body of `feedList`. */
export type FeedListResponse = operations['feedList']['responses'][200]['content']['application/json'];
const $feedList: OperationDescriptor = { id: 'feedList', method: 'GET', path: '/feed/list', permissions: ['feed.list'], params: [{ name: 'include_archived', in: 'query' }, { name: 'page', in: 'query' }, { name: 'sort_direction', in: 'query' }] };

/**
 * Export News Feed cards list
 *
 * Lists News Feed cards with their API identifier, type, title and tags, 100 per page sorted by creation time (oldest first by default). Pages are numbered from 0. News Feed is deprecated in favour of Content Cards.
 *
 * `GET /feed/list`
 * Permission: `feed.list`.
 *
 * @see https://www.braze.com/docs/api/endpoints/export/news_feed/get_news_feed_cards/
 *
 * @deprecated The API marks this operation as deprecated.
 *
 * @operation braze-rest-client feedList
 */
export function feedList<O extends RequestOptions = {}, P extends string = 'feed.list'>(client: ClientFor<P, 'feed.list'>, input?: FeedListInput, options?: O): ResultOf<FeedListResponse, O> {
  return $request(client as never, $feedList, input, options) as ResultOf<FeedListResponse, O>;
}

/**
 * Export News Feed cards list: iterates every item of every page (`for await`).
 *
 * `GET /feed/list`
 * Permission: `feed.list`.
 *
 * @see https://www.braze.com/docs/api/endpoints/export/news_feed/get_news_feed_cards/
 *
 * @deprecated The API marks this operation as deprecated.
 *
 * @operation braze-rest-client feedList
 */
export function feedListAll<P extends string = 'feed.list'>(client: ClientFor<P, 'feed.list'>, input?: FeedListInput, options?: RequestOptions): AsyncGenerator<ItemOf<FeedListResponse, 'cards'>, void, undefined> {
  return $paginate(client as never, $feedList, { style: 'page', items: 'cards', page: 'page', pageSize: 100 }, input, options);
}

/**
 * Export News Feed cards list: iterates every page, one response body each (`for await`).
 *
 * `GET /feed/list`
 * Permission: `feed.list`.
 *
 * @see https://www.braze.com/docs/api/endpoints/export/news_feed/get_news_feed_cards/
 *
 * @deprecated The API marks this operation as deprecated.
 */
export function feedListPages<P extends string = 'feed.list'>(client: ClientFor<P, 'feed.list'>, input?: FeedListInput, options?: RequestOptions): AsyncGenerator<FeedListResponse, void, undefined> {
  return $paginate(client as never, $feedList, { style: 'page', items: 'cards', page: 'page', pageSize: 100 }, input, options, 1);
}

/** The input of `kpiDauDataSeries`: parameters and body fields in one object. */
export type KpiDauDataSeriesInput = OperationInput<operations['kpiDauDataSeries']>;
/** The success response body of `kpiDauDataSeries`. */
export type KpiDauDataSeriesResponse = operations['kpiDauDataSeries']['responses'][200]['content']['application/json'];
const $kpiDauDataSeries: OperationDescriptor = { id: 'kpiDauDataSeries', method: 'GET', path: '/kpi/dau/data_series', permissions: ['kpi.dau.data_series'], params: [{ name: 'app_id', in: 'query' }, { name: 'ending_at', in: 'query' }, { name: 'length', in: 'query' }] };

/**
 * Export daily active users
 *
 * Returns, for each day in the range, the number of unique users active that day, for the whole workspace or one app. `length` counts days (1 to 100) ending at `ending_at`.
 *
 * `GET /kpi/dau/data_series`
 * Permission: `kpi.dau.data_series`.
 *
 * @see https://www.braze.com/docs/api/endpoints/export/kpi/get_kpi_dau_date/
 *
 * @operation braze-rest-client kpiDauDataSeries
 */
export function kpiDauDataSeries<O extends RequestOptions = {}, P extends string = 'kpi.dau.data_series'>(client: ClientFor<P, 'kpi.dau.data_series'>, input: KpiDauDataSeriesInput, options?: O): ResultOf<KpiDauDataSeriesResponse, O> {
  return $request(client as never, $kpiDauDataSeries, input, options) as ResultOf<KpiDauDataSeriesResponse, O>;
}

/** The input of `kpiMauDataSeries`: parameters and body fields in one object. */
export type KpiMauDataSeriesInput = OperationInput<operations['kpiMauDataSeries']>;
/** The success response body of `kpiMauDataSeries`. */
export type KpiMauDataSeriesResponse = operations['kpiMauDataSeries']['responses'][200]['content']['application/json'];
const $kpiMauDataSeries: OperationDescriptor = { id: 'kpiMauDataSeries', method: 'GET', path: '/kpi/mau/data_series', permissions: ['kpi.mau.data_series'], params: [{ name: 'app_id', in: 'query' }, { name: 'ending_at', in: 'query' }, { name: 'length', in: 'query' }] };

/**
 * Export monthly active users
 *
 * Returns a daily series of the number of unique users active over the rolling 30 days ending on each date, for the whole workspace or one app. `length` counts days (1 to 100) ending at `ending_at`.
 *
 * `GET /kpi/mau/data_series`
 * Permission: `kpi.mau.data_series`.
 *
 * @see https://www.braze.com/docs/api/endpoints/export/kpi/get_kpi_mau_30_days/
 *
 * @operation braze-rest-client kpiMauDataSeries
 */
export function kpiMauDataSeries<O extends RequestOptions = {}, P extends string = 'kpi.mau.data_series'>(client: ClientFor<P, 'kpi.mau.data_series'>, input: KpiMauDataSeriesInput, options?: O): ResultOf<KpiMauDataSeriesResponse, O> {
  return $request(client as never, $kpiMauDataSeries, input, options) as ResultOf<KpiMauDataSeriesResponse, O>;
}

/** The input of `kpiNewUsersDataSeries`: parameters and body fields in one object. */
export type KpiNewUsersDataSeriesInput = OperationInput<operations['kpiNewUsersDataSeries']>;
/** The success response body of `kpiNewUsersDataSeries`. */
export type KpiNewUsersDataSeriesResponse = operations['kpiNewUsersDataSeries']['responses'][200]['content']['application/json'];
const $kpiNewUsersDataSeries: OperationDescriptor = { id: 'kpiNewUsersDataSeries', method: 'GET', path: '/kpi/new_users/data_series', permissions: ['kpi.new_users.data_series'], params: [{ name: 'app_id', in: 'query' }, { name: 'ending_at', in: 'query' }, { name: 'length', in: 'query' }] };

/**
 * Export daily new users
 *
 * Returns, for each day in the range, the number of new users, for the whole workspace or one app. `length` counts days (1 to 100) ending at `ending_at`.
 *
 * `GET /kpi/new_users/data_series`
 * Permission: `kpi.new_users.data_series`.
 *
 * @see https://www.braze.com/docs/api/endpoints/export/kpi/get_kpi_daily_new_users_date/
 *
 * @operation braze-rest-client kpiNewUsersDataSeries
 */
export function kpiNewUsersDataSeries<O extends RequestOptions = {}, P extends string = 'kpi.new_users.data_series'>(client: ClientFor<P, 'kpi.new_users.data_series'>, input: KpiNewUsersDataSeriesInput, options?: O): ResultOf<KpiNewUsersDataSeriesResponse, O> {
  return $request(client as never, $kpiNewUsersDataSeries, input, options) as ResultOf<KpiNewUsersDataSeriesResponse, O>;
}

/** The input of `kpiUninstallsDataSeries`: parameters and body fields in one object. */
export type KpiUninstallsDataSeriesInput = OperationInput<operations['kpiUninstallsDataSeries']>;
/** The success response body of `kpiUninstallsDataSeries`. */
export type KpiUninstallsDataSeriesResponse = operations['kpiUninstallsDataSeries']['responses'][200]['content']['application/json'];
const $kpiUninstallsDataSeries: OperationDescriptor = { id: 'kpiUninstallsDataSeries', method: 'GET', path: '/kpi/uninstalls/data_series', permissions: ['kpi.uninstalls.data_series'], params: [{ name: 'app_id', in: 'query' }, { name: 'ending_at', in: 'query' }, { name: 'length', in: 'query' }] };

/**
 * Export daily app uninstalls
 *
 * Returns, for each day in the range, the number of app uninstalls, for the whole workspace or one app. `length` counts days (1 to 100) ending at `ending_at`.
 *
 * `GET /kpi/uninstalls/data_series`
 * Permission: `kpi.uninstalls.data_series`.
 *
 * @see https://www.braze.com/docs/api/endpoints/export/kpi/get_kpi_uninstalls_date/
 *
 * @operation braze-rest-client kpiUninstallsDataSeries
 */
export function kpiUninstallsDataSeries<O extends RequestOptions = {}, P extends string = 'kpi.uninstalls.data_series'>(client: ClientFor<P, 'kpi.uninstalls.data_series'>, input: KpiUninstallsDataSeriesInput, options?: O): ResultOf<KpiUninstallsDataSeriesResponse, O> {
  return $request(client as never, $kpiUninstallsDataSeries, input, options) as ResultOf<KpiUninstallsDataSeriesResponse, O>;
}

/** The input of `mediaLibraryCreate`: parameters and body fields in one object. */
export type MediaLibraryCreateInput = OperationInput<operations['mediaLibraryCreate'], 'other', 'application/json'>;
/** The success response body of `mediaLibraryCreate`. */
export type MediaLibraryCreateResponse = operations['mediaLibraryCreate']['responses'][200]['content']['application/json'];
const $mediaLibraryCreate: OperationDescriptor = { id: 'mediaLibraryCreate', method: 'POST', path: '/media_library/create', permissions: ['media_library.create'], body: 'other' };

/**
 * Upload an asset to the media library
 *
 * Adds a file to the workspace's media library, either by copying it from a publicly accessible URL (`asset_url`) or from file data sent in the body (`asset_file`); send exactly one of the two. Accepted: images (GIF, ICO, JPEG, JPG, PNG, WebP), SVG, documents (DOC, DOCX, PDF, PPT, PPTX, XLS, XLSX), each at most 5 MB, and ZIP files of those (at most 50 MB in all, 5 MB per file, all files at the archive's root). Another type is refused with `UNSUPPORTED_FILE_TYPE`; unsupported files inside a ZIP are skipped and listed in `errors` while the rest is uploaded. Videos and contact cards (.vcf) can only be uploaded in the dashboard. Without `name` the asset keeps its original file name; for a ZIP file `name` becomes a prefix followed by an increasing number.
 *
 * `POST /media_library/create`
 * Permission: `media_library.create`.
 *
 * @see https://www.braze.com/docs/api/endpoints/media_library/manage_assets/create/
 *
 * @operation braze-rest-client mediaLibraryCreate
 */
export function mediaLibraryCreate<O extends RequestOptions = {}, P extends string = 'media_library.create'>(client: ClientFor<P, 'media_library.create'>, input: MediaLibraryCreateInput, options?: O): ResultOf<MediaLibraryCreateResponse, O> {
  return $request(client as never, $mediaLibraryCreate, input, options) as ResultOf<MediaLibraryCreateResponse, O>;
}

/** The input of `mediaLibraryReplaceFile`: parameters and body fields in one object. */
export type MediaLibraryReplaceFileInput = OperationInput<operations['mediaLibraryReplaceFile'], 'other', 'application/json'>;
/** The success response body of `mediaLibraryReplaceFile`. */
export type MediaLibraryReplaceFileResponse = operations['mediaLibraryReplaceFile']['responses'][200]['content']['application/json'];
const $mediaLibraryReplaceFile: OperationDescriptor = { id: 'mediaLibraryReplaceFile', method: 'PUT', path: '/media_library/replace_file', permissions: ['media_library.replace'], body: 'other' };

/**
 * Replace an asset in the media library
 *
 * Swaps the file behind an existing media library asset while keeping its asset ID and URL. The new file comes either from a publicly accessible URL (`asset_url`) or from file data sent in the body (`asset_file`); send exactly one of the two. Its extension must be the same as the asset's (a `.png` stays a `.png`). Images, SVGs, documents, fonts, contact cards and code files can be replaced; videos cannot. Failures carry an `error_code` (such as `ASSET_NOT_FOUND`, `EXTENSION_MISMATCH` or `ASSET_SIZE_EXCEEDS_LIMIT`) and a `meta` object with the values involved.
 *
 * `PUT /media_library/replace_file`
 * Permission: `media_library.replace`.
 * Rate limit: 100 requests per hour.
 *
 * @see https://www.braze.com/docs/api/endpoints/media_library/manage_assets/replace_file/
 *
 * @operation braze-rest-client mediaLibraryReplaceFile
 */
export function mediaLibraryReplaceFile<O extends RequestOptions = {}, P extends string = 'media_library.replace'>(client: ClientFor<P, 'media_library.replace'>, input: MediaLibraryReplaceFileInput, options?: O): ResultOf<MediaLibraryReplaceFileResponse, O> {
  return $request(client as never, $mediaLibraryReplaceFile, input, options) as ResultOf<MediaLibraryReplaceFileResponse, O>;
}

/** The input of `messagesLiveActivityStart`: parameters and body fields in one object. */
export type MessagesLiveActivityStartInput = OperationInput<operations['messagesLiveActivityStart'], 'other', 'application/json'>;
/** The success response body of `messagesLiveActivityStart`. */
export type MessagesLiveActivityStartResponse = operations['messagesLiveActivityStart']['responses'][201]['content']['application/json'];
const $messagesLiveActivityStart: OperationDescriptor = { id: 'messagesLiveActivityStart', method: 'POST', path: '/messages/live_activity/start', permissions: ['messages.live_activity.start'], body: 'other' };

/**
 * Start a Live Activity remotely
 *
 * Starts an iOS Live Activity on users' devices through a push-to-start notification. The app must register the activity type with the Braze Swift SDK (`liveActivities.registerPushToStart`). Target users with up to 50 `external_user_ids` and/or `user_aliases` (50 in all; only users that already exist are reached), a `segment_id` or a `custom_audience` (one of them is required; do not mix listed users with a segment or audience). Keep the `activity_id`: it is needed to update or end the activity. Without `content-available` the APNs priority is 10, with it 5. To end the activity (or dismiss it at a set time), call `/messages/live_activity/update` with `end_activity: true` from your backend at that time.
 *
 * `POST /messages/live_activity/start`
 * Permission: `messages.live_activity.start`.
 *
 * @see https://www.braze.com/docs/api/endpoints/messaging/live_activity/start/
 *
 * @operation braze-rest-client messagesLiveActivityStart
 */
export function messagesLiveActivityStart<O extends RequestOptions = {}, P extends string = 'messages.live_activity.start'>(client: ClientFor<P, 'messages.live_activity.start'>, input: MessagesLiveActivityStartInput, options?: O): ResultOf<MessagesLiveActivityStartResponse, O> {
  return $request(client as never, $messagesLiveActivityStart, input, options) as ResultOf<MessagesLiveActivityStartResponse, O>;
}

/** The input of `messagesLiveActivityUpdate`: parameters and body fields in one object. */
export type MessagesLiveActivityUpdateInput = OperationInput<operations['messagesLiveActivityUpdate'], 'object', 'application/json'>;
/** The success response body of `messagesLiveActivityUpdate`. */
export type MessagesLiveActivityUpdateResponse = operations['messagesLiveActivityUpdate']['responses'][201]['content']['application/json'];
const $messagesLiveActivityUpdate: OperationDescriptor = { id: 'messagesLiveActivityUpdate', method: 'POST', path: '/messages/live_activity/update', permissions: ['messages.live_activity.update'], body: 'object' };

/**
 * Update or end a Live Activity
 *
 * Sends new `content_state` values to a running iOS Live Activity, or ends it with `end_activity: true`. The activity is identified by `activity_id`: the push token tag given when it was registered (remotely or locally) with the Braze Swift SDK. An optional `notification` alerts the user and shows on paired devices such as Apple Watch. Without `content-available` the APNs priority is 10, with it 5.
 *
 * `POST /messages/live_activity/update`
 * Permission: `messages.live_activity.update`.
 *
 * @see https://www.braze.com/docs/api/endpoints/messaging/live_activity/update/
 *
 * @operation braze-rest-client messagesLiveActivityUpdate
 */
export function messagesLiveActivityUpdate<O extends RequestOptions = {}, P extends string = 'messages.live_activity.update'>(client: ClientFor<P, 'messages.live_activity.update'>, input: MessagesLiveActivityUpdateInput, options?: O): ResultOf<MessagesLiveActivityUpdateResponse, O> {
  return $request(client as never, $messagesLiveActivityUpdate, input, options) as ResultOf<MessagesLiveActivityUpdateResponse, O>;
}

/** The input of `messagesScheduleCreate`: parameters and body fields in one object. */
export type MessagesScheduleCreateInput = OperationInput<operations['messagesScheduleCreate'], 'object', 'application/json'>;
/** The success response body of `messagesScheduleCreate`. */
export type MessagesScheduleCreateResponse = operations['messagesScheduleCreate']['responses'][200]['content']['application/json'];
const $messagesScheduleCreate: OperationDescriptor = { id: 'messagesScheduleCreate', method: 'POST', path: '/messages/schedule/create', permissions: ['messages.schedule.create'], body: 'object' };

/**
 * Schedule an API-only message
 *
 * Schedules a message, whose content is given in `messages`, to go out at the time in `schedule` (in UTC, in each user's local time, or at each user's optimal time). Targeting works as for `/messages/send`: up to 50 `external_user_ids` and/or `user_aliases`, a `segment_id`, a connected `audience`, or `broadcast: true`. The response's `schedule_id` is needed to update or cancel the schedule. When a segment is targeted, the request is logged in the Developer Console once all messages have gone out.
 *
 * `POST /messages/schedule/create`
 * Permission: `messages.schedule.create`.
 *
 * @see https://www.braze.com/docs/api/endpoints/messaging/schedule_messages/post_schedule_messages/
 *
 * @operation braze-rest-client messagesScheduleCreate
 */
export function messagesScheduleCreate<O extends RequestOptions = {}, P extends string = 'messages.schedule.create'>(client: ClientFor<P, 'messages.schedule.create'>, input: MessagesScheduleCreateInput, options?: O): ResultOf<MessagesScheduleCreateResponse, O> {
  return $request(client as never, $messagesScheduleCreate, input, options) as ResultOf<MessagesScheduleCreateResponse, O>;
}

/** The input of `messagesScheduleDelete`: parameters and body fields in one object. */
export type MessagesScheduleDeleteInput = OperationInput<operations['messagesScheduleDelete'], 'object', 'application/json'>;
/** The success response body of `messagesScheduleDelete`. */
export type MessagesScheduleDeleteResponse = operations['messagesScheduleDelete']['responses'][200]['content']['application/json'];
const $messagesScheduleDelete: OperationDescriptor = { id: 'messagesScheduleDelete', method: 'POST', path: '/messages/schedule/delete', permissions: ['messages.schedule.delete'], body: 'object' };

/**
 * Cancel a scheduled API-only message
 *
 * Cancels a message scheduled with `/messages/schedule/create` before it has been sent.
 *
 * `POST /messages/schedule/delete`
 * Permission: `messages.schedule.delete`.
 *
 * @see https://www.braze.com/docs/api/endpoints/messaging/schedule_messages/post_delete_scheduled_messages/
 *
 * @operation braze-rest-client messagesScheduleDelete
 */
export function messagesScheduleDelete<O extends RequestOptions = {}, P extends string = 'messages.schedule.delete'>(client: ClientFor<P, 'messages.schedule.delete'>, input: MessagesScheduleDeleteInput, options?: O): ResultOf<MessagesScheduleDeleteResponse, O> {
  return $request(client as never, $messagesScheduleDelete, input, options) as ResultOf<MessagesScheduleDeleteResponse, O>;
}

/** The input of `messagesScheduleUpdate`: parameters and body fields in one object. */
export type MessagesScheduleUpdateInput = OperationInput<operations['messagesScheduleUpdate'], 'other', 'application/json'>;
/** The success response body of `messagesScheduleUpdate`. */
export type MessagesScheduleUpdateResponse = operations['messagesScheduleUpdate']['responses'][200]['content']['application/json'];
const $messagesScheduleUpdate: OperationDescriptor = { id: 'messagesScheduleUpdate', method: 'POST', path: '/messages/schedule/update', permissions: ['messages.schedule.update'], body: 'other' };

/**
 * Update a scheduled API-only message
 *
 * Changes the time and/or the content of a message scheduled with `/messages/schedule/create`. At least one of `schedule` and `messages` must be given; a new `schedule` replaces the old one entirely (so leaving out `in_local_time` switches back to UTC).
 *
 * `POST /messages/schedule/update`
 * Permission: `messages.schedule.update`.
 *
 * @see https://www.braze.com/docs/api/endpoints/messaging/schedule_messages/post_update_scheduled_messages/
 *
 * @operation braze-rest-client messagesScheduleUpdate
 */
export function messagesScheduleUpdate<O extends RequestOptions = {}, P extends string = 'messages.schedule.update'>(client: ClientFor<P, 'messages.schedule.update'>, input: MessagesScheduleUpdateInput, options?: O): ResultOf<MessagesScheduleUpdateResponse, O> {
  return $request(client as never, $messagesScheduleUpdate, input, options) as ResultOf<MessagesScheduleUpdateResponse, O>;
}

/** The input of `messagesScheduledBroadcasts`: parameters and body fields in one object. */
export type MessagesScheduledBroadcastsInput = OperationInput<operations['messagesScheduledBroadcasts']>;
/** The success response body of `messagesScheduledBroadcasts`. */
export type MessagesScheduledBroadcastsResponse = operations['messagesScheduledBroadcasts']['responses'][200]['content']['application/json'];
const $messagesScheduledBroadcasts: OperationDescriptor = { id: 'messagesScheduledBroadcasts', method: 'GET', path: '/messages/scheduled_broadcasts', permissions: ['messages.schedule_broadcasts'], params: [{ name: 'end_time', in: 'query' }] };

/**
 * List upcoming scheduled campaigns and Canvases
 *
 * Lists the campaigns and Canvases scheduled in the dashboard to send between now and `end_time`, with their next send time. A recurring (for example daily) message appears once, with its next occurrence.
 *
 * `GET /messages/scheduled_broadcasts`
 * Permission: `messages.schedule_broadcasts`.
 *
 * @see https://www.braze.com/docs/api/endpoints/messaging/schedule_messages/get_messages_scheduled/
 *
 * @operation braze-rest-client messagesScheduledBroadcasts
 */
export function messagesScheduledBroadcasts<O extends RequestOptions = {}, P extends string = 'messages.schedule_broadcasts'>(client: ClientFor<P, 'messages.schedule_broadcasts'>, input: MessagesScheduledBroadcastsInput, options?: O): ResultOf<MessagesScheduledBroadcastsResponse, O> {
  return $request(client as never, $messagesScheduledBroadcasts, input, options) as ResultOf<MessagesScheduledBroadcastsResponse, O>;
}

/** The input of `messagesSend`: parameters and body fields in one object. */
export type MessagesSendInput = OperationInput<operations['messagesSend'], 'object', 'application/json'>;
/** The success response body of `messagesSend`. */
export type MessagesSendResponse = operations['messagesSend']['responses'][200]['content']['application/json'];
const $messagesSend: OperationDescriptor = { id: 'messagesSend', method: 'POST', path: '/messages/send', permissions: ['messages.send'], body: 'object' };

/**
 * Send a message immediately (API-only)
 *
 * Sends an ad-hoc message, whose content is given in `messages`, to users right away. Target users by `external_user_ids` and/or `user_aliases` (up to 50 each), a `segment_id`, a connected `audience`, or a combination (listed users then only receive the message if they are also in the segment or audience). When no users are listed, `broadcast` must be `true`. Give a `campaign_id` (of an API campaign) to get campaign statistics in the dashboard, and a `send_id` to track this send separately. Sends that target a segment are logged in the Developer Console. Users listed by `external_user_ids` or `user_aliases` must already exist in Braze: create them first with `/users/track` (and allow a few minutes, since its processing time is not guaranteed), or use an API-triggered campaign or Canvas, which can create missing recipients.
 *
 * `POST /messages/send`
 * Permission: `messages.send`.
 * Rate limit: 250 requests per minute (shared: send-to-segment-or-audience).
 *
 * @see https://www.braze.com/docs/api/endpoints/messaging/send_messages/post_send_messages/
 *
 * @operation braze-rest-client messagesSend
 */
export function messagesSend<O extends RequestOptions = {}, P extends string = 'messages.send'>(client: ClientFor<P, 'messages.send'>, input?: MessagesSendInput, options?: O): ResultOf<MessagesSendResponse, O> {
  return $request(client as never, $messagesSend, input, options) as ResultOf<MessagesSendResponse, O>;
}

/** The input of `preferenceCenterCreate`: parameters and body fields in one object. */
export type PreferenceCenterCreateInput = OperationInput<operations['preferenceCenterCreate'], 'object', 'application/json'>;
/** The success response body of `preferenceCenterCreate`. */
export type PreferenceCenterCreateResponse = operations['preferenceCenterCreate']['responses'][200]['content']['application/json'];
const $preferenceCenterCreate: OperationDescriptor = { id: 'preferenceCenterCreate', method: 'POST', path: '/preference_center/v1', permissions: ['preference_center.update'], body: 'object' };

/**
 * Create a preference center
 *
 * Creates a preference center: a page where users manage their email subscription states, built from your own HTML. Braze's Liquid tags in the HTML read the user's global email state and subscription group states (`subscribed_state`), name the form inputs (`form_field_name`) and give the form's submit URL (`preference_center_submit_url`). The name cannot be changed later. The response's `liquid_tag` inserts a link to the preference center in messages.
 *
 * `POST /preference_center/v1`
 * Permission: `preference_center.update`.
 * Rate limit: 10 requests per minute.
 *
 * @see https://www.braze.com/docs/api/endpoints/preference_center/post_create_preference_center/
 *
 * @operation braze-rest-client preferenceCenterCreate
 */
export function preferenceCenterCreate<O extends RequestOptions = {}, P extends string = 'preference_center.update'>(client: ClientFor<P, 'preference_center.update'>, input: PreferenceCenterCreateInput, options?: O): ResultOf<PreferenceCenterCreateResponse, O> {
  return $request(client as never, $preferenceCenterCreate, input, options) as ResultOf<PreferenceCenterCreateResponse, O>;
}

/** The input of `preferenceCenterGet`: parameters and body fields in one object. */
export type PreferenceCenterGetInput = OperationInput<operations['preferenceCenterGet']>;
/** The success response body of `preferenceCenterGet`. */
export type PreferenceCenterGetResponse = operations['preferenceCenterGet']['responses'][200]['content']['application/json'];
const $preferenceCenterGet: OperationDescriptor = { id: 'preferenceCenterGet', method: 'GET', path: '/preference_center/v1/{preferenceCenterExternalID}', permissions: ['preference_center.get'], params: [{ name: 'preferenceCenterExternalID', in: 'path' }] };

/**
 * View a preference center
 *
 * Returns a preference center's definition (title, HTML of its pages, options and state) and when it was created and updated.
 *
 * `GET /preference_center/v1/{preferenceCenterExternalID}`
 * Permission: `preference_center.get`.
 * Rate limit: 1,000 requests per minute.
 *
 * @see https://www.braze.com/docs/api/endpoints/preference_center/get_view_details_preference_center/
 *
 * @operation braze-rest-client preferenceCenterGet
 */
export function preferenceCenterGet<O extends RequestOptions = {}, P extends string = 'preference_center.get'>(client: ClientFor<P, 'preference_center.get'>, input: PreferenceCenterGetInput, options?: O): ResultOf<PreferenceCenterGetResponse, O> {
  return $request(client as never, $preferenceCenterGet, input, options) as ResultOf<PreferenceCenterGetResponse, O>;
}

/** The input of `preferenceCenterList`: parameters and body fields in one object. */
export type PreferenceCenterListInput = OperationInput<operations['preferenceCenterList']>;
/** The success response body of `preferenceCenterList`. */
export type PreferenceCenterListResponse = operations['preferenceCenterList']['responses'][200]['content']['application/json'];
const $preferenceCenterList: OperationDescriptor = { id: 'preferenceCenterList', method: 'GET', path: '/preference_center/v1/list', permissions: ['preference_center.list'] };

/**
 * List preference centers
 *
 * Lists the workspace's preference centers with their API identifiers and creation and update times.
 *
 * `GET /preference_center/v1/list`
 * Permission: `preference_center.list`.
 * Rate limit: 1,000 requests per minute.
 *
 * @see https://www.braze.com/docs/api/endpoints/preference_center/get_list_preference_center/
 *
 * @operation braze-rest-client preferenceCenterList
 */
export function preferenceCenterList<O extends RequestOptions = {}, P extends string = 'preference_center.list'>(client: ClientFor<P, 'preference_center.list'>, input?: PreferenceCenterListInput, options?: O): ResultOf<PreferenceCenterListResponse, O> {
  return $request(client as never, $preferenceCenterList, input, options) as ResultOf<PreferenceCenterListResponse, O>;
}

/** The input of `preferenceCenterUpdate`: parameters and body fields in one object. */
export type PreferenceCenterUpdateInput = OperationInput<operations['preferenceCenterUpdate'], 'object', 'application/json'>;
/** The success response body of `preferenceCenterUpdate`. */
export type PreferenceCenterUpdateResponse = operations['preferenceCenterUpdate']['responses'][200]['content']['application/json'];
const $preferenceCenterUpdate: OperationDescriptor = { id: 'preferenceCenterUpdate', method: 'PUT', path: '/preference_center/v1/{preferenceCenterExternalID}', permissions: ['preference_center.update'], params: [{ name: 'preferenceCenterExternalID', in: 'path' }], body: 'object' };

/**
 * Update a preference center
 *
 * Replaces the title, page HTML, options or state of a preference center. Both HTML pages must be sent. The name cannot be changed.
 *
 * `PUT /preference_center/v1/{preferenceCenterExternalID}`
 * Permission: `preference_center.update`.
 * Rate limit: 10 requests per minute.
 *
 * @see https://www.braze.com/docs/api/endpoints/preference_center/put_update_preference_center/
 *
 * @operation braze-rest-client preferenceCenterUpdate
 */
export function preferenceCenterUpdate<O extends RequestOptions = {}, P extends string = 'preference_center.update'>(client: ClientFor<P, 'preference_center.update'>, input: PreferenceCenterUpdateInput, options?: O): ResultOf<PreferenceCenterUpdateResponse, O> {
  return $request(client as never, $preferenceCenterUpdate, input, options) as ResultOf<PreferenceCenterUpdateResponse, O>;
}

/** The input of `preferenceCenterUserUrl`: parameters and body fields in one object. */
export type PreferenceCenterUserUrlInput = OperationInput<operations['preferenceCenterUserUrl']>;
/** The success response body of `preferenceCenterUserUrl`. */
export type PreferenceCenterUserUrlResponse = operations['preferenceCenterUserUrl']['responses'][200]['content']['application/json'];
const $preferenceCenterUserUrl: OperationDescriptor = { id: 'preferenceCenterUserUrl', method: 'GET', path: '/preference_center/v1/{preferenceCenterExternalID}/url/{userID}', permissions: ['preference_center.user.get'], params: [{ name: 'preferenceCenterExternalID', in: 'path' }, { name: 'userID', in: 'path' }, { name: 'external_id', in: 'query' }, { name: 'preference_center_api_id', in: 'query' }] };

/**
 * Generate a user's preference center URL
 *
 * Returns the URL of a preference center for one user (each user has their own URL). Only works for the newer preference centers (created through the API or the drag-and-drop editor).
 *
 * `GET /preference_center/v1/{preferenceCenterExternalID}/url/{userID}`
 * Permission: `preference_center.user.get`.
 * Rate limit: 1,000 requests per minute.
 *
 * @see https://www.braze.com/docs/api/endpoints/preference_center/get_create_url_preference_center/
 *
 * @operation braze-rest-client preferenceCenterUserUrl
 */
export function preferenceCenterUserUrl<O extends RequestOptions = {}, P extends string = 'preference_center.user.get'>(client: ClientFor<P, 'preference_center.user.get'>, input: PreferenceCenterUserUrlInput, options?: O): ResultOf<PreferenceCenterUserUrlResponse, O> {
  return $request(client as never, $preferenceCenterUserUrl, input, options) as ResultOf<PreferenceCenterUserUrlResponse, O>;
}

/** The input of `purchasesProductList`: parameters and body fields in one object. */
export type PurchasesProductListInput = OperationInput<operations['purchasesProductList']>;
/** The success response body of `purchasesProductList`. */
export type PurchasesProductListResponse = operations['purchasesProductList']['responses'][200]['content']['application/json'];
const $purchasesProductList: OperationDescriptor = { id: 'purchasesProductList', method: 'GET', path: '/purchases/product_list', permissions: ['purchases.product_list'], params: [{ name: 'page', in: 'query' }] };

/**
 * Export product IDs
 *
 * Lists the product IDs that purchases were recorded for, one page at a time.
 *
 * `GET /purchases/product_list`
 * Permission: `purchases.product_list`.
 * Rate limit: 1,000 requests per hour (shared: export-lists).
 *
 * @see https://www.braze.com/docs/api/endpoints/export/purchases/get_list_product_id/
 *
 * @operation braze-rest-client purchasesProductList
 */
export function purchasesProductList<O extends RequestOptions = {}, P extends string = 'purchases.product_list'>(client: ClientFor<P, 'purchases.product_list'>, input?: PurchasesProductListInput, options?: O): ResultOf<PurchasesProductListResponse, O> {
  return $request(client as never, $purchasesProductList, input, options) as ResultOf<PurchasesProductListResponse, O>;
}

/**
 * Export product IDs: iterates every item of every page (`for await`).
 *
 * `GET /purchases/product_list`
 * Permission: `purchases.product_list`.
 * Rate limit: 1,000 requests per hour (shared: export-lists).
 *
 * @see https://www.braze.com/docs/api/endpoints/export/purchases/get_list_product_id/
 *
 * @operation braze-rest-client purchasesProductList
 */
export function purchasesProductListAll<P extends string = 'purchases.product_list'>(client: ClientFor<P, 'purchases.product_list'>, input?: PurchasesProductListInput, options?: RequestOptions): AsyncGenerator<ItemOf<PurchasesProductListResponse, 'products'>, void, undefined> {
  return $paginate(client as never, $purchasesProductList, { style: 'page', items: 'products', page: 'page' }, input, options);
}

/**
 * Export product IDs: iterates every page, one response body each (`for await`).
 *
 * `GET /purchases/product_list`
 * Permission: `purchases.product_list`.
 * Rate limit: 1,000 requests per hour (shared: export-lists).
 *
 * @see https://www.braze.com/docs/api/endpoints/export/purchases/get_list_product_id/
 */
export function purchasesProductListPages<P extends string = 'purchases.product_list'>(client: ClientFor<P, 'purchases.product_list'>, input?: PurchasesProductListInput, options?: RequestOptions): AsyncGenerator<PurchasesProductListResponse, void, undefined> {
  return $paginate(client as never, $purchasesProductList, { style: 'page', items: 'products', page: 'page' }, input, options, 1);
}

/** The input of `purchasesQuantitySeries`: parameters and body fields in one object. */
export type PurchasesQuantitySeriesInput = OperationInput<operations['purchasesQuantitySeries']>;
/** The success response body of `purchasesQuantitySeries`. */
export type PurchasesQuantitySeriesResponse = operations['purchasesQuantitySeries']['responses'][200]['content']['application/json'];
const $purchasesQuantitySeries: OperationDescriptor = { id: 'purchasesQuantitySeries', method: 'GET', path: '/purchases/quantity_series', permissions: ['purchases.quantity_series'], params: [{ name: 'app_id', in: 'query' }, { name: 'ending_at', in: 'query' }, { name: 'length', in: 'query' }, { name: 'product', in: 'query' }, { name: 'unit', in: 'query' }] };

/**
 * Export number of purchases
 *
 * Returns the number of purchases per day or per hour over a period, for all apps or one app and for all products or one product. `length` counts units (1 to 100) ending at `ending_at`.
 *
 * `GET /purchases/quantity_series`
 * Permission: `purchases.quantity_series`.
 * Rate limit: 1,000 requests per hour (shared: export-lists).
 *
 * @see https://www.braze.com/docs/api/endpoints/export/purchases/get_number_of_purchases/
 *
 * @operation braze-rest-client purchasesQuantitySeries
 */
export function purchasesQuantitySeries<O extends RequestOptions = {}, P extends string = 'purchases.quantity_series'>(client: ClientFor<P, 'purchases.quantity_series'>, input: PurchasesQuantitySeriesInput, options?: O): ResultOf<PurchasesQuantitySeriesResponse, O> {
  return $request(client as never, $purchasesQuantitySeries, input, options) as ResultOf<PurchasesQuantitySeriesResponse, O>;
}

/** The input of `purchasesRevenueSeries`: parameters and body fields in one object. */
export type PurchasesRevenueSeriesInput = OperationInput<operations['purchasesRevenueSeries']>;
/** The success response body of `purchasesRevenueSeries`. */
export type PurchasesRevenueSeriesResponse = operations['purchasesRevenueSeries']['responses'][200]['content']['application/json'];
const $purchasesRevenueSeries: OperationDescriptor = { id: 'purchasesRevenueSeries', method: 'GET', path: '/purchases/revenue_series', permissions: ['purchases.revenue_series'], params: [{ name: 'app_id', in: 'query' }, { name: 'ending_at', in: 'query' }, { name: 'length', in: 'query' }, { name: 'product', in: 'query' }, { name: 'unit', in: 'query' }] };

/**
 * Export revenue over time
 *
 * Returns the money spent per day or per hour over a period, for all apps or one app and for all products or one product. `length` counts units (1 to 100) ending at `ending_at`.
 *
 * `GET /purchases/revenue_series`
 * Permission: `purchases.revenue_series`.
 * Rate limit: 1,000 requests per hour (shared: export-lists).
 *
 * @see https://www.braze.com/docs/api/endpoints/export/purchases/get_revenue_series/
 *
 * @operation braze-rest-client purchasesRevenueSeries
 */
export function purchasesRevenueSeries<O extends RequestOptions = {}, P extends string = 'purchases.revenue_series'>(client: ClientFor<P, 'purchases.revenue_series'>, input: PurchasesRevenueSeriesInput, options?: O): ResultOf<PurchasesRevenueSeriesResponse, O> {
  return $request(client as never, $purchasesRevenueSeries, input, options) as ResultOf<PurchasesRevenueSeriesResponse, O>;
}

/** The input of `scimUsersCreate`: parameters and body fields in one object. */
export type ScimUsersCreateInput = OperationInput<operations['scimUsersCreate'], 'object', 'application/json'>;
/** The success response body of `scimUsersCreate`. */
export type ScimUsersCreateResponse = operations['scimUsersCreate']['responses'][201]['content']['application/json'];
const $scimUsersCreate: OperationDescriptor = { id: 'scimUsersCreate', method: 'POST', path: '/scim/v2/Users', other: 1, body: 'object' };

/**
 * Create a dashboard user account
 *
 * Creates a dashboard user account from an email address (`userName`), a given and family name, a department and optional permissions at company, role, workspace and team level. Returns the new SCIM user resource with its `id`. Fails with 409 if a user with this email address already exists. Authenticated with the SCIM token and the `X-Request-Origin` header, not a REST API key. Needs Braze's custom SCIM integration: a company that provisions users through the Okta or Entra ID integration cannot call it (one SCIM bridge per company).
 *
 * `POST /scim/v2/Users`
 * Permission: none (not authorised by a REST API key permission).
 * Rate limit: 20,000 requests per day (shared: scim).
 *
 * @see https://www.braze.com/docs/api/endpoints/scim/post_create_user_account/
 *
 * @operation braze-rest-client scimUsersCreate
 */
export function scimUsersCreate<O extends RequestOptions = {}, P extends string = '(other credential)'>(client: ClientFor<P, '(other credential)'>, input: ScimUsersCreateInput, options?: O): ResultOf<ScimUsersCreateResponse, O> {
  return $request(client as never, $scimUsersCreate, input, options) as ResultOf<ScimUsersCreateResponse, O>;
}

/** The input of `scimUsersDelete`: parameters and body fields in one object. */
export type ScimUsersDeleteInput = OperationInput<operations['scimUsersDelete']>;
/** The success response body of `scimUsersDelete`. */
export type ScimUsersDeleteResponse = undefined;
const $scimUsersDelete: OperationDescriptor = { id: 'scimUsersDelete', method: 'DELETE', path: '/scim/v2/Users/{id}', other: 1, params: [{ name: 'id', in: 'path' }], response: 'any' };

/**
 * Delete a dashboard user account
 *
 * Permanently deletes a dashboard user account, like deleting the user on the Company Users page of the dashboard. Returns 204 with no body. Authenticated with the SCIM token and the `X-Request-Origin` header, not a REST API key. Needs Braze's custom SCIM integration: a company that provisions users through the Okta or Entra ID integration cannot call it (one SCIM bridge per company).
 *
 * `DELETE /scim/v2/Users/{id}`
 * Permission: none (not authorised by a REST API key permission).
 * Rate limit: 20,000 requests per day (shared: scim).
 *
 * @see https://www.braze.com/docs/api/endpoints/scim/delete_existing_dashboard_user/
 *
 * @operation braze-rest-client scimUsersDelete
 */
export function scimUsersDelete<O extends RequestOptions = {}, P extends string = '(other credential)'>(client: ClientFor<P, '(other credential)'>, input: ScimUsersDeleteInput, options?: O): ResultOf<ScimUsersDeleteResponse, O> {
  return $request(client as never, $scimUsersDelete, input, options) as ResultOf<ScimUsersDeleteResponse, O>;
}

/** The input of `scimUsersGet`: parameters and body fields in one object. */
export type ScimUsersGetInput = OperationInput<operations['scimUsersGet']>;
/** The success response body of `scimUsersGet`. */
export type ScimUsersGetResponse = operations['scimUsersGet']['responses'][200]['content']['application/json'];
const $scimUsersGet: OperationDescriptor = { id: 'scimUsersGet', method: 'GET', path: '/scim/v2/Users/{id}', other: 1, params: [{ name: 'id', in: 'path' }] };

/**
 * Get a dashboard user account
 *
 * Returns one dashboard user account (email, name, department, last sign-in, creation time and permissions) by its SCIM resource ID. Authenticated with the SCIM token and the `X-Request-Origin` header, not a REST API key. Needs Braze's custom SCIM integration: a company that provisions users through the Okta or Entra ID integration cannot call it (one SCIM bridge per company).
 *
 * `GET /scim/v2/Users/{id}`
 * Permission: none (not authorised by a REST API key permission).
 * Rate limit: 20,000 requests per day (shared: scim).
 *
 * @see https://www.braze.com/docs/api/endpoints/scim/get_see_user_account_information/
 *
 * @operation braze-rest-client scimUsersGet
 */
export function scimUsersGet<O extends RequestOptions = {}, P extends string = '(other credential)'>(client: ClientFor<P, '(other credential)'>, input: ScimUsersGetInput, options?: O): ResultOf<ScimUsersGetResponse, O> {
  return $request(client as never, $scimUsersGet, input, options) as ResultOf<ScimUsersGetResponse, O>;
}

/** The input of `scimUsersReplace`: parameters and body fields in one object. */
export type ScimUsersReplaceInput = OperationInput<operations['scimUsersReplace'], 'object', 'application/json'>;
/** The success response body of `scimUsersReplace`. */
export type ScimUsersReplaceResponse = operations['scimUsersReplace']['responses'][200]['content']['application/json'];
const $scimUsersReplace: OperationDescriptor = { id: 'scimUsersReplace', method: 'PUT', path: '/scim/v2/Users/{id}', other: 1, params: [{ name: 'id', in: 'path' }], body: 'object' };

/**
 * Update a dashboard user account
 *
 * Replaces the name, department and permissions of a dashboard user account identified by its SCIM resource ID; all of them must be sent. The email address (`userName`) cannot be changed this way (contact Braze Support). Returns the updated SCIM user resource. Authenticated with the SCIM token and the `X-Request-Origin` header, not a REST API key. Needs Braze's custom SCIM integration: a company that provisions users through the Okta or Entra ID integration cannot call it (one SCIM bridge per company).
 *
 * `PUT /scim/v2/Users/{id}`
 * Permission: none (not authorised by a REST API key permission).
 * Rate limit: 20,000 requests per day (shared: scim).
 *
 * @see https://www.braze.com/docs/api/endpoints/scim/put_update_existing_user_account/
 *
 * @operation braze-rest-client scimUsersReplace
 */
export function scimUsersReplace<O extends RequestOptions = {}, P extends string = '(other credential)'>(client: ClientFor<P, '(other credential)'>, input: ScimUsersReplaceInput, options?: O): ResultOf<ScimUsersReplaceResponse, O> {
  return $request(client as never, $scimUsersReplace, input, options) as ResultOf<ScimUsersReplaceResponse, O>;
}

/** The input of `scimUsersSearch`: parameters and body fields in one object. */
export type ScimUsersSearchInput = OperationInput<operations['scimUsersSearch']>;
/** The success response body of `scimUsersSearch`. */
export type ScimUsersSearchResponse = operations['scimUsersSearch']['responses'][200]['content']['application/json'];
const $scimUsersSearch: OperationDescriptor = { id: 'scimUsersSearch', method: 'GET', path: '/scim/v2/Users', other: 1, params: [{ name: 'filter', in: 'query' }] };

/**
 * Search dashboard users by email
 *
 * Looks up a dashboard user account by email address with a SCIM filter of the form `userName eq "user@test.com"` (URL-encoded: `filter=userName%20eq%20%22user@test.com%22`). Returns a SCIM list response. Authenticated with the SCIM token and the `X-Request-Origin` header, not a REST API key. Needs Braze's custom SCIM integration: a company that provisions users through the Okta or Entra ID integration cannot call it (one SCIM bridge per company).
 *
 * `GET /scim/v2/Users`
 * Permission: none (not authorised by a REST API key permission).
 * Rate limit: 20,000 requests per day (shared: scim).
 *
 * @see https://www.braze.com/docs/api/endpoints/scim/get_search_existing_dashboard_user/
 *
 * @operation braze-rest-client scimUsersSearch
 */
export function scimUsersSearch<O extends RequestOptions = {}, P extends string = '(other credential)'>(client: ClientFor<P, '(other credential)'>, input: ScimUsersSearchInput, options?: O): ResultOf<ScimUsersSearchResponse, O> {
  return $request(client as never, $scimUsersSearch, input, options) as ResultOf<ScimUsersSearchResponse, O>;
}

/** The input of `sdkAuthenticationKeysCreate`: parameters and body fields in one object. */
export type SdkAuthenticationKeysCreateInput = OperationInput<operations['sdkAuthenticationKeysCreate'], 'object', 'application/json'>;
/** The success response body of `sdkAuthenticationKeysCreate`. */
export type SdkAuthenticationKeysCreateResponse = operations['sdkAuthenticationKeysCreate']['responses'][200]['content']['application/json'];
const $sdkAuthenticationKeysCreate: OperationDescriptor = { id: 'sdkAuthenticationKeysCreate', method: 'POST', path: '/app_group/sdk_authentication/create', permissions: ['sdk_authentication.create'], body: 'object' };

/**
 * Create an SDK Authentication key
 *
 * Adds an RSA public key that Braze uses to verify the JWTs signed by your server for SDK Authentication of an app. An app can have at most three keys; `make_primary` makes the new key the one in use.
 *
 * `POST /app_group/sdk_authentication/create`
 * Permission: `sdk_authentication.create`.
 *
 * @see https://www.braze.com/docs/api/endpoints/sdk_authentication/post_create_sdk_authentication_key/
 *
 * @operation braze-rest-client sdkAuthenticationKeysCreate
 */
export function sdkAuthenticationKeysCreate<O extends RequestOptions = {}, P extends string = 'sdk_authentication.create'>(client: ClientFor<P, 'sdk_authentication.create'>, input: SdkAuthenticationKeysCreateInput, options?: O): ResultOf<SdkAuthenticationKeysCreateResponse, O> {
  return $request(client as never, $sdkAuthenticationKeysCreate, input, options) as ResultOf<SdkAuthenticationKeysCreateResponse, O>;
}

/** The input of `sdkAuthenticationKeysDelete`: parameters and body fields in one object. */
export type SdkAuthenticationKeysDeleteInput = OperationInput<operations['sdkAuthenticationKeysDelete'], 'object', 'application/json'>;
/** The success response body of `sdkAuthenticationKeysDelete`. */
export type SdkAuthenticationKeysDeleteResponse = operations['sdkAuthenticationKeysDelete']['responses'][200]['content']['application/json'];
const $sdkAuthenticationKeysDelete: OperationDescriptor = { id: 'sdkAuthenticationKeysDelete', method: 'DELETE', path: '/app_group/sdk_authentication/delete', permissions: ['sdk_authentication.delete'], body: 'object' };

/**
 * Delete an SDK Authentication key
 *
 * Removes an SDK Authentication key from an app and returns the keys that remain. The primary key cannot be deleted (make another key primary first): trying returns an error. Braze's pages give this endpoint the default limit, but Braze's own OpenAPI file for it states a much stricter one (100 requests per day per workspace, shared by the SDK Authentication endpoints), so call it sparingly.
 *
 * `DELETE /app_group/sdk_authentication/delete`
 * Permission: `sdk_authentication.delete`.
 *
 * @see https://www.braze.com/docs/api/endpoints/sdk_authentication/delete_sdk_authentication_key/
 *
 * @operation braze-rest-client sdkAuthenticationKeysDelete
 */
export function sdkAuthenticationKeysDelete<O extends RequestOptions = {}, P extends string = 'sdk_authentication.delete'>(client: ClientFor<P, 'sdk_authentication.delete'>, input: SdkAuthenticationKeysDeleteInput, options?: O): ResultOf<SdkAuthenticationKeysDeleteResponse, O> {
  return $request(client as never, $sdkAuthenticationKeysDelete, input, options) as ResultOf<SdkAuthenticationKeysDeleteResponse, O>;
}

/** The input of `sdkAuthenticationKeysList`: parameters and body fields in one object. */
export type SdkAuthenticationKeysListInput = OperationInput<operations['sdkAuthenticationKeysList']>;
/** The success response body of `sdkAuthenticationKeysList`. */
export type SdkAuthenticationKeysListResponse = operations['sdkAuthenticationKeysList']['responses'][200]['content']['application/json'];
const $sdkAuthenticationKeysList: OperationDescriptor = { id: 'sdkAuthenticationKeysList', method: 'GET', path: '/app_group/sdk_authentication/keys', permissions: ['sdk_authentication.keys'], params: [{ name: 'app_id', in: 'query' }] };

/**
 * List SDK Authentication keys
 *
 * Returns every SDK Authentication key of an app, with its public key, description and whether it is the primary key.
 *
 * `GET /app_group/sdk_authentication/keys`
 * Permission: `sdk_authentication.keys`.
 *
 * @see https://www.braze.com/docs/api/endpoints/sdk_authentication/get_sdk_authentication_keys/
 *
 * @operation braze-rest-client sdkAuthenticationKeysList
 */
export function sdkAuthenticationKeysList<O extends RequestOptions = {}, P extends string = 'sdk_authentication.keys'>(client: ClientFor<P, 'sdk_authentication.keys'>, input: SdkAuthenticationKeysListInput, options?: O): ResultOf<SdkAuthenticationKeysListResponse, O> {
  return $request(client as never, $sdkAuthenticationKeysList, input, options) as ResultOf<SdkAuthenticationKeysListResponse, O>;
}

/** The input of `sdkAuthenticationKeysSetPrimary`: parameters and body fields in one object. */
export type SdkAuthenticationKeysSetPrimaryInput = OperationInput<operations['sdkAuthenticationKeysSetPrimary'], 'object', 'application/json'>;
/** The success response body of `sdkAuthenticationKeysSetPrimary`. */
export type SdkAuthenticationKeysSetPrimaryResponse = operations['sdkAuthenticationKeysSetPrimary']['responses'][200]['content']['application/json'];
const $sdkAuthenticationKeysSetPrimary: OperationDescriptor = { id: 'sdkAuthenticationKeysSetPrimary', method: 'PUT', path: '/app_group/sdk_authentication/primary', permissions: ['sdk_authentication.primary'], body: 'object' };

/**
 * Set the primary SDK Authentication key
 *
 * Makes an existing SDK Authentication key the app's primary key and returns all of the app's keys.
 *
 * `PUT /app_group/sdk_authentication/primary`
 * Permission: `sdk_authentication.primary`.
 *
 * @see https://www.braze.com/docs/api/endpoints/sdk_authentication/put_primary_sdk_authentication_key/
 *
 * @operation braze-rest-client sdkAuthenticationKeysSetPrimary
 */
export function sdkAuthenticationKeysSetPrimary<O extends RequestOptions = {}, P extends string = 'sdk_authentication.primary'>(client: ClientFor<P, 'sdk_authentication.primary'>, input: SdkAuthenticationKeysSetPrimaryInput, options?: O): ResultOf<SdkAuthenticationKeysSetPrimaryResponse, O> {
  return $request(client as never, $sdkAuthenticationKeysSetPrimary, input, options) as ResultOf<SdkAuthenticationKeysSetPrimaryResponse, O>;
}

/** The input of `segmentsDataSeries`: parameters and body fields in one object. */
export type SegmentsDataSeriesInput = OperationInput<operations['segmentsDataSeries']>;
/** The success response body of `segmentsDataSeries`. */
export type SegmentsDataSeriesResponse = operations['segmentsDataSeries']['responses'][200]['content']['application/json'];
const $segmentsDataSeries: OperationDescriptor = { id: 'segmentsDataSeries', method: 'GET', path: '/segments/data_series', permissions: ['segments.data_series'], params: [{ name: 'ending_at', in: 'query' }, { name: 'length', in: 'query' }, { name: 'segment_id', in: 'query' }] };

/**
 * Export segment size over time
 *
 * Returns a daily series of a segment's estimated size. `length` counts days (1 to 100) ending at `ending_at`. For the exact size, export the segment's users with `/users/export/segment` and count them.
 *
 * `GET /segments/data_series`
 * Permission: `segments.data_series`.
 *
 * @see https://www.braze.com/docs/api/endpoints/export/segments/get_segment_analytics/
 *
 * @operation braze-rest-client segmentsDataSeries
 */
export function segmentsDataSeries<O extends RequestOptions = {}, P extends string = 'segments.data_series'>(client: ClientFor<P, 'segments.data_series'>, input: SegmentsDataSeriesInput, options?: O): ResultOf<SegmentsDataSeriesResponse, O> {
  return $request(client as never, $segmentsDataSeries, input, options) as ResultOf<SegmentsDataSeriesResponse, O>;
}

/** The input of `segmentsDetails`: parameters and body fields in one object. */
export type SegmentsDetailsInput = OperationInput<operations['segmentsDetails']>;
/** The success response body of `segmentsDetails`. */
export type SegmentsDetailsResponse = operations['segmentsDetails']['responses'][200]['content']['application/json'];
const $segmentsDetails: OperationDescriptor = { id: 'segmentsDetails', method: 'GET', path: '/segments/details', permissions: ['segments.details'], params: [{ name: 'segment_id', in: 'query' }] };

/**
 * Export segment details
 *
 * Returns a segment's name, descriptions (a readable summary of its filters and its own description), creation and update dates, tags and Teams.
 *
 * `GET /segments/details`
 * Permission: `segments.details`.
 *
 * @see https://www.braze.com/docs/api/endpoints/export/segments/get_segment_details/
 *
 * @operation braze-rest-client segmentsDetails
 */
export function segmentsDetails<O extends RequestOptions = {}, P extends string = 'segments.details'>(client: ClientFor<P, 'segments.details'>, input: SegmentsDetailsInput, options?: O): ResultOf<SegmentsDetailsResponse, O> {
  return $request(client as never, $segmentsDetails, input, options) as ResultOf<SegmentsDetailsResponse, O>;
}

/** The input of `segmentsList`: parameters and body fields in one object. */
export type SegmentsListInput = OperationInput<operations['segmentsList']>;
/** The success response body of `segmentsList`. */
export type SegmentsListResponse = operations['segmentsList']['responses'][200]['content']['application/json'];
const $segmentsList: OperationDescriptor = { id: 'segmentsList', method: 'GET', path: '/segments/list', permissions: ['segments.list'], params: [{ name: 'page', in: 'query' }, { name: 'sort_direction', in: 'query' }] };

/**
 * Export segment list
 *
 * Lists the workspace's segments with their API identifier, name, tags and whether analytics tracking is enabled, 100 per page sorted by creation time (oldest first by default). Archived segments are not included. Pages are numbered from 0.
 *
 * `GET /segments/list`
 * Permission: `segments.list`.
 *
 * @see https://www.braze.com/docs/api/endpoints/export/segments/get_segment/
 *
 * @operation braze-rest-client segmentsList
 */
export function segmentsList<O extends RequestOptions = {}, P extends string = 'segments.list'>(client: ClientFor<P, 'segments.list'>, input?: SegmentsListInput, options?: O): ResultOf<SegmentsListResponse, O> {
  return $request(client as never, $segmentsList, input, options) as ResultOf<SegmentsListResponse, O>;
}

/**
 * Export segment list: iterates every item of every page (`for await`).
 *
 * `GET /segments/list`
 * Permission: `segments.list`.
 *
 * @see https://www.braze.com/docs/api/endpoints/export/segments/get_segment/
 *
 * @operation braze-rest-client segmentsList
 */
export function segmentsListAll<P extends string = 'segments.list'>(client: ClientFor<P, 'segments.list'>, input?: SegmentsListInput, options?: RequestOptions): AsyncGenerator<ItemOf<SegmentsListResponse, 'segments'>, void, undefined> {
  return $paginate(client as never, $segmentsList, { style: 'page', items: 'segments', page: 'page', pageSize: 100 }, input, options);
}

/**
 * Export segment list: iterates every page, one response body each (`for await`).
 *
 * `GET /segments/list`
 * Permission: `segments.list`.
 *
 * @see https://www.braze.com/docs/api/endpoints/export/segments/get_segment/
 */
export function segmentsListPages<P extends string = 'segments.list'>(client: ClientFor<P, 'segments.list'>, input?: SegmentsListInput, options?: RequestOptions): AsyncGenerator<SegmentsListResponse, void, undefined> {
  return $paginate(client as never, $segmentsList, { style: 'page', items: 'segments', page: 'page', pageSize: 100 }, input, options, 1);
}

/** The input of `sendsDataSeries`: parameters and body fields in one object. */
export type SendsDataSeriesInput = OperationInput<operations['sendsDataSeries']>;
/** The success response body of `sendsDataSeries`. */
export type SendsDataSeriesResponse = operations['sendsDataSeries']['responses'][200]['content']['application/json'];
const $sendsDataSeries: OperationDescriptor = { id: 'sendsDataSeries', method: 'GET', path: '/sends/data_series', permissions: ['sends.data_series'], params: [{ name: 'campaign_id', in: 'query' }, { name: 'ending_at', in: 'query' }, { name: 'length', in: 'query' }, { name: 'send_id', in: 'query' }] };

/**
 * Export send analytics
 *
 * Returns a daily series of statistics for one tracked `send_id` of an API campaign. Braze keeps send analytics for 14 days after the send; conversions are credited to the most recent `send_id` a user received from the campaign.
 *
 * `GET /sends/data_series`
 * Permission: `sends.data_series`.
 *
 * @see https://www.braze.com/docs/api/endpoints/export/campaigns/get_send_analytics/
 *
 * @operation braze-rest-client sendsDataSeries
 */
export function sendsDataSeries<O extends RequestOptions = {}, P extends string = 'sends.data_series'>(client: ClientFor<P, 'sends.data_series'>, input: SendsDataSeriesInput, options?: O): ResultOf<SendsDataSeriesResponse, O> {
  return $request(client as never, $sendsDataSeries, input, options) as ResultOf<SendsDataSeriesResponse, O>;
}

/** The input of `sendsIdCreate`: parameters and body fields in one object. */
export type SendsIdCreateInput = OperationInput<operations['sendsIdCreate'], 'object', 'application/json'>;
/** The success response body of `sendsIdCreate`. */
export type SendsIdCreateResponse = operations['sendsIdCreate']['responses'][200]['content']['application/json'];
const $sendsIdCreate: OperationDescriptor = { id: 'sendsIdCreate', method: 'POST', path: '/sends/id/create', permissions: ['sends.id.create'], body: 'object' };

/**
 * Create a send ID
 *
 * Creates a send identifier for an API campaign, so that programmatically generated sends can be tracked separately without creating a campaign for each one. Pass it as `send_id` when sending and read its statistics with `/sends/data_series`.
 *
 * `POST /sends/id/create`
 * Permission: `sends.id.create`.
 * Rate limit: 100 requests per day.
 *
 * @see https://www.braze.com/docs/api/endpoints/messaging/send_messages/post_create_send_ids/
 *
 * @operation braze-rest-client sendsIdCreate
 */
export function sendsIdCreate<O extends RequestOptions = {}, P extends string = 'sends.id.create'>(client: ClientFor<P, 'sends.id.create'>, input: SendsIdCreateInput, options?: O): ResultOf<SendsIdCreateResponse, O> {
  return $request(client as never, $sendsIdCreate, input, options) as ResultOf<SendsIdCreateResponse, O>;
}

/** The input of `sessionsDataSeries`: parameters and body fields in one object. */
export type SessionsDataSeriesInput = OperationInput<operations['sessionsDataSeries']>;
/** The success response body of `sessionsDataSeries`. */
export type SessionsDataSeriesResponse = operations['sessionsDataSeries']['responses'][200]['content']['application/json'];
const $sessionsDataSeries: OperationDescriptor = { id: 'sessionsDataSeries', method: 'GET', path: '/sessions/data_series', permissions: ['sessions.data_series'], params: [{ name: 'app_id', in: 'query' }, { name: 'ending_at', in: 'query' }, { name: 'length', in: 'query' }, { name: 'segment_id', in: 'query' }, { name: 'unit', in: 'query' }] };

/**
 * Export app sessions over time
 *
 * Returns the number of sessions per day or per hour over a period, for the whole workspace, one app, or one analytics-enabled segment. `length` counts units (1 to 100) ending at `ending_at`.
 *
 * `GET /sessions/data_series`
 * Permission: `sessions.data_series`.
 *
 * @see https://www.braze.com/docs/api/endpoints/export/sessions/get_sessions_analytics/
 *
 * @operation braze-rest-client sessionsDataSeries
 */
export function sessionsDataSeries<O extends RequestOptions = {}, P extends string = 'sessions.data_series'>(client: ClientFor<P, 'sessions.data_series'>, input: SessionsDataSeriesInput, options?: O): ResultOf<SessionsDataSeriesResponse, O> {
  return $request(client as never, $sessionsDataSeries, input, options) as ResultOf<SessionsDataSeriesResponse, O>;
}

/** The input of `smsInvalidPhoneNumbersList`: parameters and body fields in one object. */
export type SmsInvalidPhoneNumbersListInput = OperationInput<operations['smsInvalidPhoneNumbersList'], 'none', 'application/json', { query: { 'phone_numbers[]': 'phone_numbers' } }>;
/** The success response body of `smsInvalidPhoneNumbersList`. */
export type SmsInvalidPhoneNumbersListResponse = operations['smsInvalidPhoneNumbersList']['responses'][200]['content']['application/json'];
const $smsInvalidPhoneNumbersList: OperationDescriptor = { id: 'smsInvalidPhoneNumbersList', method: 'GET', path: '/sms/invalid_phone_numbers', permissions: ['sms.invalid_phone_numbers'], params: [{ name: 'end_date', in: 'query' }, { name: 'limit', in: 'query' }, { name: 'offset', in: 'query' }, { name: 'phone_numbers[]', in: 'query', key: 'phone_numbers' }, { name: 'reason', in: 'query' }, { name: 'start_date', in: 'query' }] };

/**
 * List invalid phone numbers
 *
 * Lists phone numbers Braze marked invalid within a date range, newest first, with the reason (the provider reported the number cannot receive SMS, or the number was deactivated), or checks specific numbers. Send `start_date` and `end_date`, or `phone_numbers` (which takes precedence). Results come in pages of `limit` (up to 500) starting at `offset`.
 *
 * `GET /sms/invalid_phone_numbers`
 * Permission: `sms.invalid_phone_numbers`.
 *
 * @see https://www.braze.com/docs/api/endpoints/sms/get_query_invalid_numbers/
 *
 * @operation braze-rest-client smsInvalidPhoneNumbersList
 */
export function smsInvalidPhoneNumbersList<O extends RequestOptions = {}, P extends string = 'sms.invalid_phone_numbers'>(client: ClientFor<P, 'sms.invalid_phone_numbers'>, input?: SmsInvalidPhoneNumbersListInput, options?: O): ResultOf<SmsInvalidPhoneNumbersListResponse, O> {
  return $request(client as never, $smsInvalidPhoneNumbersList, input, options) as ResultOf<SmsInvalidPhoneNumbersListResponse, O>;
}

/**
 * List invalid phone numbers: iterates every item of every page (`for await`).
 *
 * `GET /sms/invalid_phone_numbers`
 * Permission: `sms.invalid_phone_numbers`.
 *
 * @see https://www.braze.com/docs/api/endpoints/sms/get_query_invalid_numbers/
 *
 * @operation braze-rest-client smsInvalidPhoneNumbersList
 */
export function smsInvalidPhoneNumbersListAll<P extends string = 'sms.invalid_phone_numbers'>(client: ClientFor<P, 'sms.invalid_phone_numbers'>, input?: SmsInvalidPhoneNumbersListInput, options?: RequestOptions): AsyncGenerator<ItemOf<SmsInvalidPhoneNumbersListResponse, 'sms'>, void, undefined> {
  return $paginate(client as never, $smsInvalidPhoneNumbersList, { style: 'offset', items: 'sms', offset: 'offset', limit: 'limit', maxLimit: 500 }, input, options);
}

/**
 * List invalid phone numbers: iterates every page, one response body each (`for await`).
 *
 * `GET /sms/invalid_phone_numbers`
 * Permission: `sms.invalid_phone_numbers`.
 *
 * @see https://www.braze.com/docs/api/endpoints/sms/get_query_invalid_numbers/
 */
export function smsInvalidPhoneNumbersListPages<P extends string = 'sms.invalid_phone_numbers'>(client: ClientFor<P, 'sms.invalid_phone_numbers'>, input?: SmsInvalidPhoneNumbersListInput, options?: RequestOptions): AsyncGenerator<SmsInvalidPhoneNumbersListResponse, void, undefined> {
  return $paginate(client as never, $smsInvalidPhoneNumbersList, { style: 'offset', items: 'sms', offset: 'offset', limit: 'limit', maxLimit: 500 }, input, options, 1);
}

/** The input of `smsInvalidPhoneNumbersRemove`: parameters and body fields in one object. */
export type SmsInvalidPhoneNumbersRemoveInput = OperationInput<operations['smsInvalidPhoneNumbersRemove'], 'object', 'application/json'>;
/** The success response body of `smsInvalidPhoneNumbersRemove`. */
export type SmsInvalidPhoneNumbersRemoveResponse = operations['smsInvalidPhoneNumbersRemove']['responses'][200]['content']['application/json'];
const $smsInvalidPhoneNumbersRemove: OperationDescriptor = { id: 'smsInvalidPhoneNumbersRemove', method: 'POST', path: '/sms/invalid_phone_numbers/remove', permissions: ['sms.invalid_phone_numbers.remove'], body: 'object' };

/**
 * Remove invalid phone numbers
 *
 * Removes phone numbers from Braze's invalid list so they are treated as valid again (for example after the number was re-verified). Up to 50 numbers per request.
 *
 * `POST /sms/invalid_phone_numbers/remove`
 * Permission: `sms.invalid_phone_numbers.remove`.
 *
 * @see https://www.braze.com/docs/api/endpoints/sms/post_remove_invalid_numbers/
 *
 * @operation braze-rest-client smsInvalidPhoneNumbersRemove
 */
export function smsInvalidPhoneNumbersRemove<O extends RequestOptions = {}, P extends string = 'sms.invalid_phone_numbers.remove'>(client: ClientFor<P, 'sms.invalid_phone_numbers.remove'>, input: SmsInvalidPhoneNumbersRemoveInput, options?: O): ResultOf<SmsInvalidPhoneNumbersRemoveResponse, O> {
  return $request(client as never, $smsInvalidPhoneNumbersRemove, input, options) as ResultOf<SmsInvalidPhoneNumbersRemoveResponse, O>;
}

/** The input of `subscriptionStatusGet`: parameters and body fields in one object. */
export type SubscriptionStatusGetInput = OperationInput<operations['subscriptionStatusGet']>;
/** The success response body of `subscriptionStatusGet`. */
export type SubscriptionStatusGetResponse = operations['subscriptionStatusGet']['responses'][200]['content']['application/json'];
const $subscriptionStatusGet: OperationDescriptor = { id: 'subscriptionStatusGet', method: 'GET', path: '/subscription/status/get', permissions: ['subscription.status.get'], params: [{ name: 'email', in: 'query' }, { name: 'email[]', in: 'query' }, { name: 'external_id', in: 'query' }, { name: 'external_id[]', in: 'query' }, { name: 'phone', in: 'query' }, { name: 'phone[]', in: 'query' }, { name: 'subscription_group_id', in: 'query' }] };

/**
 * Get users' state in a subscription group
 *
 * Returns, for one subscription group, the state of each requested user: `Subscribed`, `Unsubscribed` or `Unknown`. Identify users by `external_id`, or by `email` (email groups) or `phone` (SMS and WhatsApp groups), up to 50 each; sending both email and phone without an external ID is an error. A user who unsubscribed globally keeps their last group states, which this endpoint returns.
 *
 * `GET /subscription/status/get`
 * Permission: `subscription.status.get`.
 *
 * @see https://www.braze.com/docs/api/endpoints/subscription_groups/get_list_user_subscription_group_status/
 *
 * @operation braze-rest-client subscriptionStatusGet
 */
export function subscriptionStatusGet<O extends RequestOptions = {}, P extends string = 'subscription.status.get'>(client: ClientFor<P, 'subscription.status.get'>, input: SubscriptionStatusGetInput, options?: O): ResultOf<SubscriptionStatusGetResponse, O> {
  return $request(client as never, $subscriptionStatusGet, input, options) as ResultOf<SubscriptionStatusGetResponse, O>;
}

/** The input of `subscriptionStatusSet`: parameters and body fields in one object. */
export type SubscriptionStatusSetInput = OperationInput<operations['subscriptionStatusSet'], 'object', 'application/json'>;
/** The success response body of `subscriptionStatusSet`. */
export type SubscriptionStatusSetResponse = operations['subscriptionStatusSet']['responses'][201]['content']['application/json'];
const $subscriptionStatusSet: OperationDescriptor = { id: 'subscriptionStatusSet', method: 'POST', path: '/subscription/status/set', permissions: ['subscription.status.set'], body: 'object' };

/**
 * Update users' state in a subscription group
 *
 * Subscribes or unsubscribes up to 50 users to one subscription group. Identify users by `external_id`, or by `email` for email groups or `phone` for SMS and RCS groups (never both email and phone). Every user sharing a given email address or phone number is updated. Use `/users/track` to change other profile data (it can also set subscription groups while creating a user); `/v2/subscription/status/set` updates several groups at once. A state set for an email address or phone number that belongs to no user is kept for up to 30 days (and applied if a user gets that address or number); deleting the only user with an address or number deletes its state at once.
 *
 * `POST /subscription/status/set`
 * Permission: `subscription.status.set`.
 * Rate limit: 5,000 requests per minute (shared: subscription-status-set).
 *
 * @see https://www.braze.com/docs/api/endpoints/subscription_groups/post_update_user_subscription_group_status/
 *
 * @operation braze-rest-client subscriptionStatusSet
 */
export function subscriptionStatusSet<O extends RequestOptions = {}, P extends string = 'subscription.status.set'>(client: ClientFor<P, 'subscription.status.set'>, input: SubscriptionStatusSetInput, options?: O): ResultOf<SubscriptionStatusSetResponse, O> {
  return $request(client as never, $subscriptionStatusSet, input, options) as ResultOf<SubscriptionStatusSetResponse, O>;
}

/** The input of `subscriptionUserStatus`: parameters and body fields in one object. */
export type SubscriptionUserStatusInput = OperationInput<operations['subscriptionUserStatus']>;
/** The success response body of `subscriptionUserStatus`. */
export type SubscriptionUserStatusResponse = operations['subscriptionUserStatus']['responses'][200]['content']['application/json'];
const $subscriptionUserStatus: OperationDescriptor = { id: 'subscriptionUserStatus', method: 'GET', path: '/subscription/user/status', permissions: ['subscription.groups.get'], params: [{ name: 'email', in: 'query' }, { name: 'email[]', in: 'query' }, { name: 'external_id', in: 'query' }, { name: 'external_id[]', in: 'query' }, { name: 'limit', in: 'query' }, { name: 'offset', in: 'query' }, { name: 'phone', in: 'query' }, { name: 'phone[]', in: 'query' }] };

/**
 * List a user's subscription groups
 *
 * Lists the subscription groups a user has a history with and the user's state in each. Identify users by `external_id`, `email` or `phone` (up to 50 each); users sharing an email address are returned separately. Groups the user never changed state in (such as newly created ones) are not listed. Results are paged with `limit` (at most 100) and `offset`.
 *
 * `GET /subscription/user/status`
 * Permission: `subscription.groups.get`.
 *
 * @see https://www.braze.com/docs/api/endpoints/subscription_groups/get_list_user_subscription_groups/
 *
 * @operation braze-rest-client subscriptionUserStatus
 */
export function subscriptionUserStatus<O extends RequestOptions = {}, P extends string = 'subscription.groups.get'>(client: ClientFor<P, 'subscription.groups.get'>, input?: SubscriptionUserStatusInput, options?: O): ResultOf<SubscriptionUserStatusResponse, O> {
  return $request(client as never, $subscriptionUserStatus, input, options) as ResultOf<SubscriptionUserStatusResponse, O>;
}

/**
 * List a user's subscription groups: iterates every item of every page (`for await`).
 *
 * `GET /subscription/user/status`
 * Permission: `subscription.groups.get`.
 *
 * @see https://www.braze.com/docs/api/endpoints/subscription_groups/get_list_user_subscription_groups/
 *
 * @operation braze-rest-client subscriptionUserStatus
 */
export function subscriptionUserStatusAll<P extends string = 'subscription.groups.get'>(client: ClientFor<P, 'subscription.groups.get'>, input?: SubscriptionUserStatusInput, options?: RequestOptions): AsyncGenerator<ItemOf<SubscriptionUserStatusResponse, 'subscription_groups'>, void, undefined> {
  return $paginate(client as never, $subscriptionUserStatus, { style: 'offset', items: 'subscription_groups', offset: 'offset', limit: 'limit', maxLimit: 100 }, input, options);
}

/**
 * List a user's subscription groups: iterates every page, one response body each (`for await`).
 *
 * `GET /subscription/user/status`
 * Permission: `subscription.groups.get`.
 *
 * @see https://www.braze.com/docs/api/endpoints/subscription_groups/get_list_user_subscription_groups/
 */
export function subscriptionUserStatusPages<P extends string = 'subscription.groups.get'>(client: ClientFor<P, 'subscription.groups.get'>, input?: SubscriptionUserStatusInput, options?: RequestOptions): AsyncGenerator<SubscriptionUserStatusResponse, void, undefined> {
  return $paginate(client as never, $subscriptionUserStatus, { style: 'offset', items: 'subscription_groups', offset: 'offset', limit: 'limit', maxLimit: 100 }, input, options, 1);
}

/** The input of `templatesEmailCreate`: parameters and body fields in one object. */
export type TemplatesEmailCreateInput = OperationInput<operations['templatesEmailCreate'], 'object', 'application/json'>;
/** The success response body of `templatesEmailCreate`. */
export type TemplatesEmailCreateResponse = operations['templatesEmailCreate']['responses'][200]['content']['application/json'];
const $templatesEmailCreate: OperationDescriptor = { id: 'templatesEmailCreate', method: 'POST', path: '/templates/email/create', permissions: ['templates.email.create'], body: 'object' };

/**
 * Create an email template
 *
 * Creates an email template, which then appears on the Templates & Media page of the dashboard. The response returns the new `email_template_id`, needed to update the template later. Tags must already exist in the workspace. When `should_inline_css` is left out, the workspace's default CSS-inlining setting applies.
 *
 * `POST /templates/email/create`
 * Permission: `templates.email.create`.
 *
 * @see https://www.braze.com/docs/api/endpoints/templates/email_templates/post_create_email_template/
 *
 * @operation braze-rest-client templatesEmailCreate
 */
export function templatesEmailCreate<O extends RequestOptions = {}, P extends string = 'templates.email.create'>(client: ClientFor<P, 'templates.email.create'>, input: TemplatesEmailCreateInput, options?: O): ResultOf<TemplatesEmailCreateResponse, O> {
  return $request(client as never, $templatesEmailCreate, input, options) as ResultOf<TemplatesEmailCreateResponse, O>;
}

/** The input of `templatesEmailInfo`: parameters and body fields in one object. */
export type TemplatesEmailInfoInput = OperationInput<operations['templatesEmailInfo']>;
/** The success response body of `templatesEmailInfo`. */
export type TemplatesEmailInfoResponse = operations['templatesEmailInfo']['responses'][200]['content']['application/json'];
const $templatesEmailInfo: OperationDescriptor = { id: 'templatesEmailInfo', method: 'GET', path: '/templates/email/info', permissions: ['templates.email.info'], params: [{ name: 'email_template_id', in: 'query' }] };

/**
 * Get an email template
 *
 * Returns the details of one email template: name, subject, preheader, HTML and plain-text bodies, tags and timestamps. Templates built with the drag-and-drop email editor are not supported by this endpoint.
 *
 * `GET /templates/email/info`
 * Permission: `templates.email.info`.
 *
 * @see https://www.braze.com/docs/api/endpoints/templates/email_templates/get_see_email_template_information/
 *
 * @operation braze-rest-client templatesEmailInfo
 */
export function templatesEmailInfo<O extends RequestOptions = {}, P extends string = 'templates.email.info'>(client: ClientFor<P, 'templates.email.info'>, input: TemplatesEmailInfoInput, options?: O): ResultOf<TemplatesEmailInfoResponse, O> {
  return $request(client as never, $templatesEmailInfo, input, options) as ResultOf<TemplatesEmailInfoResponse, O>;
}

/** The input of `templatesEmailList`: parameters and body fields in one object. */
export type TemplatesEmailListInput = OperationInput<operations['templatesEmailList']>;
/** The success response body of `templatesEmailList`. */
export type TemplatesEmailListResponse = operations['templatesEmailList']['responses'][200]['content']['application/json'];
const $templatesEmailList: OperationDescriptor = { id: 'templatesEmailList', method: 'GET', path: '/templates/email/list', permissions: ['templates.email.list'], params: [{ name: 'limit', in: 'query' }, { name: 'modified_after', in: 'query' }, { name: 'modified_before', in: 'query' }, { name: 'offset', in: 'query' }] };

/**
 * List email templates
 *
 * Lists the email templates of the workspace (name, ID, tags and timestamps), optionally only those modified in a time window. Pages with `offset` and `limit` (100 by default, at most 1,000 per call). Templates built with the drag-and-drop email editor are not included.
 *
 * `GET /templates/email/list`
 * Permission: `templates.email.list`.
 *
 * @see https://www.braze.com/docs/api/endpoints/templates/email_templates/get_list_email_templates/
 *
 * @operation braze-rest-client templatesEmailList
 */
export function templatesEmailList<O extends RequestOptions = {}, P extends string = 'templates.email.list'>(client: ClientFor<P, 'templates.email.list'>, input?: TemplatesEmailListInput, options?: O): ResultOf<TemplatesEmailListResponse, O> {
  return $request(client as never, $templatesEmailList, input, options) as ResultOf<TemplatesEmailListResponse, O>;
}

/**
 * List email templates: iterates every item of every page (`for await`).
 *
 * `GET /templates/email/list`
 * Permission: `templates.email.list`.
 *
 * @see https://www.braze.com/docs/api/endpoints/templates/email_templates/get_list_email_templates/
 *
 * @operation braze-rest-client templatesEmailList
 */
export function templatesEmailListAll<P extends string = 'templates.email.list'>(client: ClientFor<P, 'templates.email.list'>, input?: TemplatesEmailListInput, options?: RequestOptions): AsyncGenerator<ItemOf<TemplatesEmailListResponse, 'templates'>, void, undefined> {
  return $paginate(client as never, $templatesEmailList, { style: 'offset', items: 'templates', offset: 'offset', limit: 'limit', maxLimit: 1000 }, input, options);
}

/**
 * List email templates: iterates every page, one response body each (`for await`).
 *
 * `GET /templates/email/list`
 * Permission: `templates.email.list`.
 *
 * @see https://www.braze.com/docs/api/endpoints/templates/email_templates/get_list_email_templates/
 */
export function templatesEmailListPages<P extends string = 'templates.email.list'>(client: ClientFor<P, 'templates.email.list'>, input?: TemplatesEmailListInput, options?: RequestOptions): AsyncGenerator<TemplatesEmailListResponse, void, undefined> {
  return $paginate(client as never, $templatesEmailList, { style: 'offset', items: 'templates', offset: 'offset', limit: 'limit', maxLimit: 1000 }, input, options, 1);
}

/** The input of `templatesEmailTranslationsGet`: parameters and body fields in one object. */
export type TemplatesEmailTranslationsGetInput = OperationInput<operations['templatesEmailTranslationsGet']>;
/** The success response body of `templatesEmailTranslationsGet`. */
export type TemplatesEmailTranslationsGetResponse = operations['templatesEmailTranslationsGet']['responses'][200]['content']['application/json'];
const $templatesEmailTranslationsGet: OperationDescriptor = { id: 'templatesEmailTranslationsGet', method: 'GET', path: '/templates/email/translations', permissions: ['templates.translations.get'], params: [{ name: 'template_id', in: 'query' }] };

/**
 * View all translations and locales for an email template
 *
 * Returns every translation of an email template, one entry per locale with its translation map. To read a single locale, use `GET /templates/translations/email` with its `locale_id`.
 *
 * `GET /templates/email/translations`
 * Permission: `templates.translations.get`.
 * Rate limit: 250,000 requests per minute.
 * Early access: the endpoint may change.
 *
 * @see https://www.braze.com/docs/api/endpoints/translations/email_templates/get_view_translation_template/
 *
 * @operation braze-rest-client templatesEmailTranslationsGet
 */
export function templatesEmailTranslationsGet<O extends RequestOptions = {}, P extends string = 'templates.translations.get'>(client: ClientFor<P, 'templates.translations.get'>, input: TemplatesEmailTranslationsGetInput, options?: O): ResultOf<TemplatesEmailTranslationsGetResponse, O> {
  return $request(client as never, $templatesEmailTranslationsGet, input, options) as ResultOf<TemplatesEmailTranslationsGetResponse, O>;
}

/** The input of `templatesEmailTranslationsSource`: parameters and body fields in one object. */
export type TemplatesEmailTranslationsSourceInput = OperationInput<operations['templatesEmailTranslationsSource']>;
/** The success response body of `templatesEmailTranslationsSource`. */
export type TemplatesEmailTranslationsSourceResponse = operations['templatesEmailTranslationsSource']['responses'][200]['content']['application/json'];
const $templatesEmailTranslationsSource: OperationDescriptor = { id: 'templatesEmailTranslationsSource', method: 'GET', path: '/templates/email/translations/source', permissions: ['templates.email.info'], params: [{ name: 'template_id', in: 'query' }] };

/**
 * View source translations for an email template
 *
 * Returns the default (source) text of every translation tag in an email template, that is the text between `{% translation id_N %}` and `{% endtranslation %}`. Unlike the other template translation endpoints, it requires the `templates.email.info` permission.
 *
 * `GET /templates/email/translations/source`
 * Permission: `templates.email.info`.
 * Rate limit: 250,000 requests per minute.
 * Early access: the endpoint may change.
 *
 * @see https://www.braze.com/docs/api/endpoints/translations/email_templates/get_view_source_template/
 *
 * @operation braze-rest-client templatesEmailTranslationsSource
 */
export function templatesEmailTranslationsSource<O extends RequestOptions = {}, P extends string = 'templates.email.info'>(client: ClientFor<P, 'templates.email.info'>, input: TemplatesEmailTranslationsSourceInput, options?: O): ResultOf<TemplatesEmailTranslationsSourceResponse, O> {
  return $request(client as never, $templatesEmailTranslationsSource, input, options) as ResultOf<TemplatesEmailTranslationsSourceResponse, O>;
}

/** The input of `templatesEmailTranslationsUpdate`: parameters and body fields in one object. */
export type TemplatesEmailTranslationsUpdateInput = OperationInput<operations['templatesEmailTranslationsUpdate'], 'object', 'application/json'>;
/** The success response body of `templatesEmailTranslationsUpdate`. */
export type TemplatesEmailTranslationsUpdateResponse = operations['templatesEmailTranslationsUpdate']['responses'][200]['content']['application/json'];
const $templatesEmailTranslationsUpdate: OperationDescriptor = { id: 'templatesEmailTranslationsUpdate', method: 'PUT', path: '/templates/email/translations', permissions: ['templates.translations.update'], body: 'object' };

/**
 * Update translations for an email template
 *
 * Replaces the translations of one locale in an email template. The translations must cover every translation tag of the template (missing IDs are refused) and stay under 20 MB.
 *
 * `PUT /templates/email/translations`
 * Permission: `templates.translations.update`.
 * Rate limit: 250,000 requests per minute.
 * Early access: the endpoint may change.
 *
 * @see https://www.braze.com/docs/api/endpoints/translations/email_templates/put_update_template/
 *
 * @operation braze-rest-client templatesEmailTranslationsUpdate
 */
export function templatesEmailTranslationsUpdate<O extends RequestOptions = {}, P extends string = 'templates.translations.update'>(client: ClientFor<P, 'templates.translations.update'>, input: TemplatesEmailTranslationsUpdateInput, options?: O): ResultOf<TemplatesEmailTranslationsUpdateResponse, O> {
  return $request(client as never, $templatesEmailTranslationsUpdate, input, options) as ResultOf<TemplatesEmailTranslationsUpdateResponse, O>;
}

/** The input of `templatesEmailUpdate`: parameters and body fields in one object. */
export type TemplatesEmailUpdateInput = OperationInput<operations['templatesEmailUpdate'], 'object', 'application/json'>;
/** The success response body of `templatesEmailUpdate`. */
export type TemplatesEmailUpdateResponse = operations['templatesEmailUpdate']['responses'][200]['content']['application/json'];
const $templatesEmailUpdate: OperationDescriptor = { id: 'templatesEmailUpdate', method: 'POST', path: '/templates/email/update', permissions: ['templates.email.update'], body: 'object' };

/**
 * Update an email template
 *
 * Updates an existing email template identified by `email_template_id` (shown on the Templates & Media page and returned when the template is created). Every other field is optional, but at least one must be sent; fields left out keep their value. Tags must already exist in the workspace.
 *
 * `POST /templates/email/update`
 * Permission: `templates.email.update`.
 *
 * @see https://www.braze.com/docs/api/endpoints/templates/email_templates/post_update_email_template/
 *
 * @operation braze-rest-client templatesEmailUpdate
 */
export function templatesEmailUpdate<O extends RequestOptions = {}, P extends string = 'templates.email.update'>(client: ClientFor<P, 'templates.email.update'>, input: TemplatesEmailUpdateInput, options?: O): ResultOf<TemplatesEmailUpdateResponse, O> {
  return $request(client as never, $templatesEmailUpdate, input, options) as ResultOf<TemplatesEmailUpdateResponse, O>;
}

/** The input of `templatesTranslationsEmail`: parameters and body fields in one object. */
export type TemplatesTranslationsEmailInput = OperationInput<operations['templatesTranslationsEmail']>;
/** The success response body of `templatesTranslationsEmail`. */
export type TemplatesTranslationsEmailResponse = operations['templatesTranslationsEmail']['responses'][200]['content']['application/json'];
const $templatesTranslationsEmail: OperationDescriptor = { id: 'templatesTranslationsEmail', method: 'GET', path: '/templates/translations/email', permissions: ['templates.translations.get'], params: [{ name: 'locale_id', in: 'query' }, { name: 'template_id', in: 'query' }] };

/**
 * View a specific translation and locale for an email template
 *
 * Returns the translations of an email template for the locale given by `locale_id` (or for every locale when it is left out), one entry per locale with its translation map. The same data is also served by `GET /templates/email/translations`.
 *
 * `GET /templates/translations/email`
 * Permission: `templates.translations.get`.
 * Rate limit: 250,000 requests per minute.
 * Early access: the endpoint may change.
 *
 * @see https://www.braze.com/docs/api/endpoints/translations/email_templates/get_view_translation_locale_template/
 *
 * @operation braze-rest-client templatesTranslationsEmail
 */
export function templatesTranslationsEmail<O extends RequestOptions = {}, P extends string = 'templates.translations.get'>(client: ClientFor<P, 'templates.translations.get'>, input: TemplatesTranslationsEmailInput, options?: O): ResultOf<TemplatesTranslationsEmailResponse, O> {
  return $request(client as never, $templatesTranslationsEmail, input, options) as ResultOf<TemplatesTranslationsEmailResponse, O>;
}

/** The input of `templatesWebhookTranslationsGet`: parameters and body fields in one object. */
export type TemplatesWebhookTranslationsGetInput = OperationInput<operations['templatesWebhookTranslationsGet']>;
/** The success response body of `templatesWebhookTranslationsGet`. */
export type TemplatesWebhookTranslationsGetResponse = operations['templatesWebhookTranslationsGet']['responses'][200]['content']['application/json'];
const $templatesWebhookTranslationsGet: OperationDescriptor = { id: 'templatesWebhookTranslationsGet', method: 'GET', path: '/templates/webhook/translations', permissions: ['templates.translations.get'], params: [{ name: 'locale_id', in: 'query' }, { name: 'template_id', in: 'query' }] };

/**
 * View translations for a webhook template
 *
 * Returns the translations of a webhook template, one entry per locale with its translation map; pass `locale_id` to get a single locale.
 *
 * `GET /templates/webhook/translations`
 * Permission: `templates.translations.get`.
 * Rate limit: 250,000 requests per minute.
 *
 * @see https://www.braze.com/docs/api/endpoints/translations/webhook_templates/get_view_translations_webhook_template/
 *
 * @operation braze-rest-client templatesWebhookTranslationsGet
 */
export function templatesWebhookTranslationsGet<O extends RequestOptions = {}, P extends string = 'templates.translations.get'>(client: ClientFor<P, 'templates.translations.get'>, input: TemplatesWebhookTranslationsGetInput, options?: O): ResultOf<TemplatesWebhookTranslationsGetResponse, O> {
  return $request(client as never, $templatesWebhookTranslationsGet, input, options) as ResultOf<TemplatesWebhookTranslationsGetResponse, O>;
}

/** The input of `templatesWebhookTranslationsSource`: parameters and body fields in one object. */
export type TemplatesWebhookTranslationsSourceInput = OperationInput<operations['templatesWebhookTranslationsSource']>;
/** The success response body of `templatesWebhookTranslationsSource`. */
export type TemplatesWebhookTranslationsSourceResponse = operations['templatesWebhookTranslationsSource']['responses'][200]['content']['application/json'];
const $templatesWebhookTranslationsSource: OperationDescriptor = { id: 'templatesWebhookTranslationsSource', method: 'GET', path: '/templates/webhook/translations/source', permissions: ['templates.translations.get'], params: [{ name: 'template_id', in: 'query' }] };

/**
 * View source translations for a webhook template
 *
 * Returns the default (source) text of every translation tag in a webhook template, that is the text between `{% translation id_N %}` and `{% endtranslation %}`.
 *
 * `GET /templates/webhook/translations/source`
 * Permission: `templates.translations.get`.
 * Rate limit: 250,000 requests per minute.
 *
 * @see https://www.braze.com/docs/api/endpoints/translations/webhook_templates/get_view_source_webhook_template/
 *
 * @operation braze-rest-client templatesWebhookTranslationsSource
 */
export function templatesWebhookTranslationsSource<O extends RequestOptions = {}, P extends string = 'templates.translations.get'>(client: ClientFor<P, 'templates.translations.get'>, input: TemplatesWebhookTranslationsSourceInput, options?: O): ResultOf<TemplatesWebhookTranslationsSourceResponse, O> {
  return $request(client as never, $templatesWebhookTranslationsSource, input, options) as ResultOf<TemplatesWebhookTranslationsSourceResponse, O>;
}

/** The input of `templatesWebhookTranslationsUpdate`: parameters and body fields in one object. */
export type TemplatesWebhookTranslationsUpdateInput = OperationInput<operations['templatesWebhookTranslationsUpdate'], 'object', 'application/json'>;
/** The success response body of `templatesWebhookTranslationsUpdate`. */
export type TemplatesWebhookTranslationsUpdateResponse = operations['templatesWebhookTranslationsUpdate']['responses'][200]['content']['application/json'];
const $templatesWebhookTranslationsUpdate: OperationDescriptor = { id: 'templatesWebhookTranslationsUpdate', method: 'PUT', path: '/templates/webhook/translations', permissions: ['templates.translations.update'], body: 'object' };

/**
 * Update translations for a webhook template
 *
 * Replaces the translations of one locale in a webhook template. The locale must already be set up on the template. A success returns an empty object.
 *
 * `PUT /templates/webhook/translations`
 * Permission: `templates.translations.update`.
 * Rate limit: 250,000 requests per minute.
 *
 * @see https://www.braze.com/docs/api/endpoints/translations/webhook_templates/put_update_webhook_template/
 *
 * @operation braze-rest-client templatesWebhookTranslationsUpdate
 */
export function templatesWebhookTranslationsUpdate<O extends RequestOptions = {}, P extends string = 'templates.translations.update'>(client: ClientFor<P, 'templates.translations.update'>, input: TemplatesWebhookTranslationsUpdateInput, options?: O): ResultOf<TemplatesWebhookTranslationsUpdateResponse, O> {
  return $request(client as never, $templatesWebhookTranslationsUpdate, input, options) as ResultOf<TemplatesWebhookTranslationsUpdateResponse, O>;
}

/** The input of `transactionalSend`: parameters and body fields in one object. */
export type TransactionalSendInput = OperationInput<operations['transactionalSend'], 'object', 'application/json'>;
/** The success response body of `transactionalSend`. */
export type TransactionalSendResponse = operations['transactionalSend']['responses'][200]['content']['application/json'];
const $transactionalSend: OperationDescriptor = { id: 'transactionalSend', method: 'POST', path: '/transactional/v1/campaigns/{campaign_id}/send', permissions: ['transactional.send'], params: [{ name: 'campaign_id', in: 'path' }], body: 'object' };

/**
 * Send a transactional email
 *
 * Sends one message of a Transactional Email campaign (created in the dashboard) to a single user, identified by `external_user_id` or `user_alias`. Meant for 1:1 messages such as order confirmations and password resets; delivery events for the returned `dispatch_id` arrive through the Transactional HTTP event postback. An `external_send_id` is also a deduplication key for 24 hours. Transactional Email is part of select Braze packages.
 *
 * `POST /transactional/v1/campaigns/{campaign_id}/send`
 * Permission: `transactional.send`.
 * Rate limit: No fixed limit: No limit of its own: the endpoint is paid for in an hourly allotment (for example 50,000 per hour), which resets every hour; requests above it are still accepted and sent, but only the allotted volume is covered by the SLA (99.9% of those emails sent within a minute). Braze's pages disagree on whether these requests also count toward the workspace's general API limit (and can then get 429).
 *
 * @see https://www.braze.com/docs/api/endpoints/messaging/send_messages/post_send_transactional_message/
 *
 * @operation braze-rest-client transactionalSend
 */
export function transactionalSend<O extends RequestOptions = {}, P extends string = 'transactional.send'>(client: ClientFor<P, 'transactional.send'>, input: TransactionalSendInput, options?: O): ResultOf<TransactionalSendResponse, O> {
  return $request(client as never, $transactionalSend, input, options) as ResultOf<TransactionalSendResponse, O>;
}

/** The input of `usersAliasNew`: parameters and body fields in one object. */
export type UsersAliasNewInput = OperationInput<operations['usersAliasNew'], 'object', 'application/json'>;
/** The success response body of `usersAliasNew`. */
export type UsersAliasNewResponse = operations['usersAliasNew']['responses'][200]['content']['application/json'];
const $usersAliasNew: OperationDescriptor = { id: 'usersAliasNew', method: 'POST', path: '/users/alias/new', permissions: ['users.alias.new'], body: 'object' };

/**
 * Create user aliases
 *
 * Adds aliases to existing identified users, or creates new alias-only (unidentified) users. Including `external_id` adds the alias to that user (if no user has that ID, the alias is added to nobody); omitting it creates an alias-only profile, which can later receive data through `/users/track` and be identified with `/users/identify`. A label and name pair must be unique across the workspace: sending a pair that some user already has still answers success (and counts it as processed) but adds nothing. Up to 50 aliases per request.
 *
 * `POST /users/alias/new`
 * Permission: `users.alias.new`.
 * Rate limit: 20,000 requests per minute (shared: users-identity).
 *
 * @see https://www.braze.com/docs/api/endpoints/user_data/post_user_alias/
 *
 * @operation braze-rest-client usersAliasNew
 */
export function usersAliasNew<O extends RequestOptions = {}, P extends string = 'users.alias.new'>(client: ClientFor<P, 'users.alias.new'>, input: UsersAliasNewInput, options?: O): ResultOf<UsersAliasNewResponse, O> {
  return $request(client as never, $usersAliasNew, input, options) as ResultOf<UsersAliasNewResponse, O>;
}

/** The input of `usersAliasUpdate`: parameters and body fields in one object. */
export type UsersAliasUpdateInput = OperationInput<operations['usersAliasUpdate'], 'object', 'application/json'>;
/** The success response body of `usersAliasUpdate`. */
export type UsersAliasUpdateResponse = operations['usersAliasUpdate']['responses'][200]['content']['application/json'];
const $usersAliasUpdate: OperationDescriptor = { id: 'usersAliasUpdate', method: 'POST', path: '/users/alias/update', permissions: ['users.alias.update'], body: 'object' };

/**
 * Update user aliases
 *
 * Renames existing user aliases: for each entry, the alias with `alias_label` and `old_alias_name` gets the name `new_alias_name`. Entries whose alias does not exist are ignored. Up to 50 updates per request; the order in which they are applied is not guaranteed.
 *
 * `POST /users/alias/update`
 * Permission: `users.alias.update`.
 * Rate limit: 20,000 requests per minute (shared: users-identity).
 *
 * @see https://www.braze.com/docs/api/endpoints/user_data/post_users_alias_update/
 *
 * @operation braze-rest-client usersAliasUpdate
 */
export function usersAliasUpdate<O extends RequestOptions = {}, P extends string = 'users.alias.update'>(client: ClientFor<P, 'users.alias.update'>, input: UsersAliasUpdateInput, options?: O): ResultOf<UsersAliasUpdateResponse, O> {
  return $request(client as never, $usersAliasUpdate, input, options) as ResultOf<UsersAliasUpdateResponse, O>;
}

/** The input of `usersDelete`: parameters and body fields in one object. */
export type UsersDeleteInput = OperationInput<operations['usersDelete'], 'object', 'application/json'>;
/** The success response body of `usersDelete`. */
export type UsersDeleteResponse = operations['usersDelete']['responses'][200]['content']['application/json'];
const $usersDelete: OperationDescriptor = { id: 'usersDelete', method: 'POST', path: '/users/delete', permissions: ['users.delete'], body: 'object' };

/**
 * Delete users
 *
 * Permanently deletes user profiles (cannot be undone): attributes, email address, phone number, external ID, gender, country and language are nulled and the profile removed; lifetime user counts are updated, while conversion statistics and event or purchase counts are not. Send up to 50 identifiers per request, using only one of `external_ids`, `user_aliases`, `braze_ids`, `email_addresses` or `phone_numbers`. To retire an old external ID after a rename, use `/users/external_ids/remove` instead.
 *
 * `POST /users/delete`
 * Permission: `users.delete`.
 * Rate limit: 20,000 requests per minute (shared: users-identity).
 *
 * @see https://www.braze.com/docs/api/endpoints/user_data/post_user_delete/
 *
 * @operation braze-rest-client usersDelete
 */
export function usersDelete<O extends RequestOptions = {}, P extends string = 'users.delete'>(client: ClientFor<P, 'users.delete'>, input?: UsersDeleteInput, options?: O): ResultOf<UsersDeleteResponse, O> {
  return $request(client as never, $usersDelete, input, options) as ResultOf<UsersDeleteResponse, O>;
}

/** The input of `usersExportGlobalControlGroup`: parameters and body fields in one object. */
export type UsersExportGlobalControlGroupInput = OperationInput<operations['usersExportGlobalControlGroup'], 'object', 'application/json'>;
/** The success response body of `usersExportGlobalControlGroup`. */
export type UsersExportGlobalControlGroupResponse = operations['usersExportGlobalControlGroup']['responses'][200]['content']['application/json'];
const $usersExportGlobalControlGroup: OperationDescriptor = { id: 'usersExportGlobalControlGroup', method: 'POST', path: '/users/export/global_control_group', permissions: ['users.export.global_control_group'], body: 'object' };

/**
 * Export user profiles in the Global Control Group
 *
 * Starts an asynchronous export of every user currently in the Global Control Group, as files of newline-separated JSON user objects, delivered to your S3 or Azure bucket or, without credentials, through a download URL in the response. Braze keeps no history of when users joined or left the group. Individual custom attributes cannot be chosen, but `custom_attributes` in `fields_to_export` exports all of them.
 *
 * `POST /users/export/global_control_group`
 * Permission: `users.export.global_control_group`.
 *
 * @see https://www.braze.com/docs/api/endpoints/export/user_data/post_users_global_control_group/
 *
 * @operation braze-rest-client usersExportGlobalControlGroup
 */
export function usersExportGlobalControlGroup<O extends RequestOptions = {}, P extends string = 'users.export.global_control_group'>(client: ClientFor<P, 'users.export.global_control_group'>, input: UsersExportGlobalControlGroupInput, options?: O): ResultOf<UsersExportGlobalControlGroupResponse, O> {
  return $request(client as never, $usersExportGlobalControlGroup, input, options) as ResultOf<UsersExportGlobalControlGroupResponse, O>;
}

/** The input of `usersExportIds`: parameters and body fields in one object. */
export type UsersExportIdsInput = OperationInput<operations['usersExportIds'], 'object', 'application/json'>;
/** The success response body of `usersExportIds`. */
export type UsersExportIdsResponse = operations['usersExportIds']['responses'][200]['content']['application/json'];
const $usersExportIds: OperationDescriptor = { id: 'usersExportIds', method: 'POST', path: '/users/export/ids', permissions: ['users.export.ids'], body: 'object' };

/**
 * Export user profiles by identifier
 *
 * Returns the full profiles of specific users. Send up to 50 `external_ids` and/or `user_aliases`, or exactly one `device_id`, `braze_id`, `email_address` or `phone`. The whole profile is assembled (campaigns and Canvases received, events, purchases, custom attributes), so this endpoint is slower than most; use `fields_to_export` to return less (it is required for workspaces created on or after 2024-08-22). For large pulls, export by segment instead.
 *
 * `POST /users/export/ids`
 * Permission: `users.export.ids`.
 * Rate limit: 250 requests per minute.
 *
 * @see https://www.braze.com/docs/api/endpoints/export/user_data/post_users_identifier/
 *
 * @operation braze-rest-client usersExportIds
 */
export function usersExportIds<O extends RequestOptions = {}, P extends string = 'users.export.ids'>(client: ClientFor<P, 'users.export.ids'>, input?: UsersExportIdsInput, options?: O): ResultOf<UsersExportIdsResponse, O> {
  return $request(client as never, $usersExportIds, input, options) as ResultOf<UsersExportIdsResponse, O>;
}

/** The input of `usersExportSegment`: parameters and body fields in one object. */
export type UsersExportSegmentInput = OperationInput<operations['usersExportSegment'], 'object', 'application/json'>;
/** The success response body of `usersExportSegment`. */
export type UsersExportSegmentResponse = operations['usersExportSegment']['responses'][200]['content']['application/json'];
const $usersExportSegment: OperationDescriptor = { id: 'usersExportSegment', method: 'POST', path: '/users/export/segment', permissions: ['users.export.segment'], body: 'object' };

/**
 * Export user profiles by segment
 *
 * Starts an asynchronous export of every user in a segment, as files of newline-separated JSON user objects (about one file per 5,000 users). With S3, Azure or Google Cloud Storage credentials set up, the files go to your bucket as `segment-export/SEGMENT_ID/YYYY-MM-dd/RANDOM_UUID-TIMESTAMP/filename.zip`; otherwise the response gives a download URL that works once the export is ready, for a few hours, and large exports may fail (a failed export is reported by email). `fields_to_export` is required, and the `custom_events`, `purchases`, `campaigns_received` and `canvases_received` fields cover only the last 90 days. A company can run one export per segment at a time (a second one gets 429) and at most 100 segment exports at once. Large user bases can take an hour or more.
 *
 * `POST /users/export/segment`
 * Permission: `users.export.segment`.
 *
 * @see https://www.braze.com/docs/api/endpoints/export/user_data/post_users_segment/
 *
 * @operation braze-rest-client usersExportSegment
 */
export function usersExportSegment<O extends RequestOptions = {}, P extends string = 'users.export.segment'>(client: ClientFor<P, 'users.export.segment'>, input: UsersExportSegmentInput, options?: O): ResultOf<UsersExportSegmentResponse, O> {
  return $request(client as never, $usersExportSegment, input, options) as ResultOf<UsersExportSegmentResponse, O>;
}

/** The input of `usersExternalIdsRemove`: parameters and body fields in one object. */
export type UsersExternalIdsRemoveInput = OperationInput<operations['usersExternalIdsRemove'], 'object', 'application/json'>;
/** The success response body of `usersExternalIdsRemove`. */
export type UsersExternalIdsRemoveResponse = operations['usersExternalIdsRemove']['responses'][200]['content']['application/json'];
const $usersExternalIdsRemove: OperationDescriptor = { id: 'usersExternalIdsRemove', method: 'POST', path: '/users/external_ids/remove', permissions: ['users.external_ids.remove'], body: 'object' };

/**
 * Remove deprecated external IDs
 *
 * Removes deprecated external IDs left behind by `/users/external_ids/rename`. Only deprecated IDs can be removed (a primary ID returns an error), and removal cannot be undone. Up to 50 IDs per request.
 *
 * `POST /users/external_ids/remove`
 * Permission: `users.external_ids.remove`.
 * Rate limit: 1,000 requests per minute (shared: external-id-migration).
 *
 * @see https://www.braze.com/docs/api/endpoints/user_data/external_id_migration/post_external_ids_remove/
 *
 * @operation braze-rest-client usersExternalIdsRemove
 */
export function usersExternalIdsRemove<O extends RequestOptions = {}, P extends string = 'users.external_ids.remove'>(client: ClientFor<P, 'users.external_ids.remove'>, input: UsersExternalIdsRemoveInput, options?: O): ResultOf<UsersExternalIdsRemoveResponse, O> {
  return $request(client as never, $usersExternalIdsRemove, input, options) as ResultOf<UsersExternalIdsRemoveResponse, O>;
}

/** The input of `usersExternalIdsRename`: parameters and body fields in one object. */
export type UsersExternalIdsRenameInput = OperationInput<operations['usersExternalIdsRename'], 'object', 'application/json'>;
/** The success response body of `usersExternalIdsRename`. */
export type UsersExternalIdsRenameResponse = operations['usersExternalIdsRename']['responses'][200]['content']['application/json'];
const $usersExternalIdsRename: OperationDescriptor = { id: 'usersExternalIdsRename', method: 'POST', path: '/users/external_ids/rename', permissions: ['users.external_ids.rename'], body: 'object' };

/**
 * Rename external IDs
 *
 * Gives users a new primary external ID and keeps the current one as a deprecated ID, so both identify the user during a migration. The current ID must be the user's primary ID, the new ID must not be in use (primary or deprecated), and the two must differ. Remove deprecated IDs later with `/users/external_ids/remove` (not `/users/delete`, which would delete the user). Up to 50 renames per request; MAU, history and data points are unaffected.
 *
 * `POST /users/external_ids/rename`
 * Permission: `users.external_ids.rename`.
 * Rate limit: 1,000 requests per minute (shared: external-id-migration).
 *
 * @see https://www.braze.com/docs/api/endpoints/user_data/external_id_migration/post_external_ids_rename/
 *
 * @operation braze-rest-client usersExternalIdsRename
 */
export function usersExternalIdsRename<O extends RequestOptions = {}, P extends string = 'users.external_ids.rename'>(client: ClientFor<P, 'users.external_ids.rename'>, input: UsersExternalIdsRenameInput, options?: O): ResultOf<UsersExternalIdsRenameResponse, O> {
  return $request(client as never, $usersExternalIdsRename, input, options) as ResultOf<UsersExternalIdsRenameResponse, O>;
}

/** The input of `usersIdentify`: parameters and body fields in one object. */
export type UsersIdentifyInput = OperationInput<operations['usersIdentify'], 'object', 'application/json'>;
/** The success response body of `usersIdentify`. */
export type UsersIdentifyResponse = operations['usersIdentify']['responses'][200]['content']['application/json'];
const $usersIdentify: OperationDescriptor = { id: 'usersIdentify', method: 'POST', path: '/users/identify', permissions: ['users.identify'], body: 'object' };

/**
 * Identify users
 *
 * Identifies unidentified profiles (alias-only, email-only or phone-number-only) with an external ID. If no user has that external ID yet, it is added to the unidentified profile; otherwise the unidentified profile is merged into the identified one (names, contact data, custom attributes, event and purchase summaries, sessions, message history, and so on, where missing on the target) and removed. A user holds one alias per label: if the identified user already has an alias with the same label, nothing is merged. Send at least one of the three arrays; up to 50 entries per request.
 *
 * `POST /users/identify`
 * Permission: `users.identify`.
 * Rate limit: 20,000 requests per minute (shared: users-identity).
 *
 * @see https://www.braze.com/docs/api/endpoints/user_data/post_user_identify/
 *
 * @operation braze-rest-client usersIdentify
 */
export function usersIdentify<O extends RequestOptions = {}, P extends string = 'users.identify'>(client: ClientFor<P, 'users.identify'>, input?: UsersIdentifyInput, options?: O): ResultOf<UsersIdentifyResponse, O> {
  return $request(client as never, $usersIdentify, input, options) as ResultOf<UsersIdentifyResponse, O>;
}

/** The input of `usersMerge`: parameters and body fields in one object. */
export type UsersMergeInput = OperationInput<operations['usersMerge'], 'object', 'application/json'>;
/** The success response body of `usersMerge`. */
export type UsersMergeResponse = operations['usersMerge']['responses'][202]['content']['application/json'];
const $usersMerge: OperationDescriptor = { id: 'usersMerge', method: 'POST', path: '/users/merge', permissions: ['users.merge'], body: 'object' };

/**
 * Merge users
 *
 * Merges one user profile into another, asynchronously. Fields missing on the kept profile (names, email, phone, gender, date of birth, location and language data, devices, custom attributes, event and purchase data and summaries, app and session data, campaign and Canvas history) are copied from the merged profile, which is then removed. Users can be referenced by `external_id`, `user_alias`, or by `email`/`phone` with a `prioritization` list. Up to 50 merges per request; their order is not guaranteed. Merges are not reflected in Snowflake-powered features (Messaging History tab, Segment Extensions, Query Builder, Currents).
 *
 * `POST /users/merge`
 * Permission: `users.merge`.
 * Rate limit: 20,000 requests per minute (shared: users-identity).
 *
 * @see https://www.braze.com/docs/api/endpoints/user_data/post_users_merge/
 *
 * @operation braze-rest-client usersMerge
 */
export function usersMerge<O extends RequestOptions = {}, P extends string = 'users.merge'>(client: ClientFor<P, 'users.merge'>, input: UsersMergeInput, options?: O): ResultOf<UsersMergeResponse, O> {
  return $request(client as never, $usersMerge, input, options) as ResultOf<UsersMergeResponse, O>;
}

/** The input of `usersSubscriptionDelete`: parameters and body fields in one object. */
export type UsersSubscriptionDeleteInput = OperationInput<operations['usersSubscriptionDelete']>;
/** The success response body of `usersSubscriptionDelete`. */
export type UsersSubscriptionDeleteResponse = operations['usersSubscriptionDelete']['responses'][200]['content']['application/json'];
const $usersSubscriptionDelete: OperationDescriptor = { id: 'usersSubscriptionDelete', method: 'DELETE', path: '/users/subscription', permissions: ['subscription.status.set'], params: [{ name: 'email', in: 'query' }, { name: 'phone', in: 'query' }] };

/**
 * Delete subscription states by email address or phone number
 *
 * Removes the stored subscription state for the given email addresses and/or phone numbers (up to 50 of each). The deletion is queued. This endpoint is documented on a hidden page.
 *
 * `DELETE /users/subscription`
 * Permission: `subscription.status.set`.
 *
 * @see https://www.braze.com/docs/api/endpoints/email/delete_remove_subscription_state/
 *
 * @operation braze-rest-client usersSubscriptionDelete
 */
export function usersSubscriptionDelete<O extends RequestOptions = {}, P extends string = 'subscription.status.set'>(client: ClientFor<P, 'subscription.status.set'>, input?: UsersSubscriptionDeleteInput, options?: O): ResultOf<UsersSubscriptionDeleteResponse, O> {
  return $request(client as never, $usersSubscriptionDelete, input, options) as ResultOf<UsersSubscriptionDeleteResponse, O>;
}

/** The input of `usersSubscriptionGet`: parameters and body fields in one object. */
export type UsersSubscriptionGetInput = OperationInput<operations['usersSubscriptionGet']>;
/** The success response body of `usersSubscriptionGet`. */
export type UsersSubscriptionGetResponse = operations['usersSubscriptionGet']['responses'][200]['content']['application/json'];
const $usersSubscriptionGet: OperationDescriptor = { id: 'usersSubscriptionGet', method: 'GET', path: '/users/subscription', permissions: ['subscription.status.get'], params: [{ name: 'email', in: 'query' }, { name: 'phone', in: 'query' }] };

/**
 * List subscription states by email address or phone number
 *
 * Returns, for each given email address and phone number (up to 50 of each), its global email subscription state, its subscription group states with the date of each change, and for email its hard-bounce and spam dates. Entries are listed newest first. This endpoint is documented on a hidden page (whose example URL misspells the path as `/users/subscriptions`).
 *
 * `GET /users/subscription`
 * Permission: `subscription.status.get`.
 *
 * @see https://www.braze.com/docs/api/endpoints/email/get_query_by_email_or_phone/
 *
 * @operation braze-rest-client usersSubscriptionGet
 */
export function usersSubscriptionGet<O extends RequestOptions = {}, P extends string = 'subscription.status.get'>(client: ClientFor<P, 'subscription.status.get'>, input?: UsersSubscriptionGetInput, options?: O): ResultOf<UsersSubscriptionGetResponse, O> {
  return $request(client as never, $usersSubscriptionGet, input, options) as ResultOf<UsersSubscriptionGetResponse, O>;
}

/** The input of `usersTrack`: parameters and body fields in one object. */
export type UsersTrackInput = OperationInput<operations['usersTrack'], 'object', 'application/json'>;
/** The success response body of `usersTrack`. */
export type UsersTrackResponse = operations['usersTrack']['responses'][201]['content']['application/json'];
const $usersTrack: OperationDescriptor = { id: 'usersTrack', method: 'POST', path: '/users/track', permissions: ['users.track'], params: [{ name: 'X-Braze-Bulk', in: 'header' }], body: 'object' };

/**
 * Create and update users
 *
 * Records custom events and purchases and creates or updates user profile attributes, in one batch. How many objects one request may hold depends on the contract: on current contracts (including the Monthly Active Users CY 24-25, Universal, Web and Mobile MAU plans) at most 75 objects in total across `attributes`, `events` and `purchases`; on legacy rate limits up to 75 of each kind (225 in all). Every object names its user by one primary identifier (`external_id`, `user_alias` or `braze_id`; more than one rejects the object) or, without one, by `email` or `phone` (email wins when both are sent); beside a primary identifier, `email` and `phone` are just attributes. Processing is asynchronous: success means the data was queued, and separate requests are not guaranteed to be applied in order. Invalid objects are reported in `errors` while the rest is still processed. Send only changed values, since each update costs data points. Profiles that do not exist yet are created (an email-only profile when identified by email; an alias-only profile only when `_update_existing_only` is `false`). For large backfills use `/users/track/bulk`.
 *
 * `POST /users/track`
 * Permission: `users.track`.
 * Rate limit: 3,000 requests per 3 seconds (shared: users-track).
 *
 * @see https://www.braze.com/docs/api/endpoints/user_data/post_user_track/
 *
 * @operation braze-rest-client usersTrack
 */
export function usersTrack<O extends RequestOptions = {}, P extends string = 'users.track'>(client: ClientFor<P, 'users.track'>, input?: UsersTrackInput, options?: O): ResultOf<UsersTrackResponse, O> {
  return $request(client as never, $usersTrack, input, options) as ResultOf<UsersTrackResponse, O>;
}

/** The input of `usersTrackBulk`: parameters and body fields in one object. */
export type UsersTrackBulkInput = OperationInput<operations['usersTrackBulk'], 'object', 'application/json'>;
/** The success response body of `usersTrackBulk`. */
export type UsersTrackBulkResponse = operations['usersTrackBulk']['responses'][201]['content']['application/json'];
const $usersTrackBulk: OperationDescriptor = { id: 'usersTrackBulk', method: 'POST', path: '/users/track/bulk', permissions: ['users.track.bulk'], body: 'object' };

/**
 * Create and update users (bulk)
 *
 * The bulk form of `/users/track`, for backfills and large daily syncs: records attributes, custom events and purchases for up to 1,000 objects (across `attributes`, `events` and `purchases`, at most 100 per user profile) in a request of at most 2 MB; the object limit of an account depends on its bulk rate-limit policy. Every object names its user by one of `external_id`, `user_alias`, `braze_id`, `email` or `phone`. Processing is asynchronous and, under peak load, yields to `/users/track`; use `/users/track` for real-time updates. Invalid objects are reported in `errors` while the rest is still processed. In limited beta: Braze is not adding customers to it for now.
 *
 * `POST /users/track/bulk`
 * Permission: `users.track.bulk`.
 * Rate limit: 50 requests per second.
 * Early access: the endpoint may change.
 *
 * @see https://www.braze.com/docs/api/endpoints/user_data/post_user_track_bulk/
 *
 * @operation braze-rest-client usersTrackBulk
 */
export function usersTrackBulk<O extends RequestOptions = {}, P extends string = 'users.track.bulk'>(client: ClientFor<P, 'users.track.bulk'>, input?: UsersTrackBulkInput, options?: O): ResultOf<UsersTrackBulkResponse, O> {
  return $request(client as never, $usersTrackBulk, input, options) as ResultOf<UsersTrackBulkResponse, O>;
}

/** The input of `usersTrackSync`: parameters and body fields in one object. */
export type UsersTrackSyncInput = OperationInput<operations['usersTrackSync'], 'object', 'application/json'>;
/** The success response body of `usersTrackSync`. */
export type UsersTrackSyncResponse = operations['usersTrackSync']['responses'][201]['content']['application/json'];
const $usersTrackSync: OperationDescriptor = { id: 'usersTrackSync', method: 'POST', path: '/users/track/sync', permissions: ['users.track.sync'], body: 'object' };

/**
 * Track users (synchronous)
 *
 * Like `/users/track`, but waits until the update is applied and answers with the resulting profile values. A request carries a single object: one attributes object, one event object or one purchase object, for one user. Use it where ordering matters (consecutive updates to the same user), and `/users/track` for bulk traffic. A completed request can still leave a value unchanged (too long, array limit reached, or `_update_existing_only` with no such user). This endpoint is in beta.
 *
 * `POST /users/track/sync`
 * Permission: `users.track.sync`.
 * Rate limit: 500 requests per minute.
 * Early access: the endpoint may change.
 *
 * @see https://www.braze.com/docs/api/endpoints/user_data/post_user_track_synchronous/
 *
 * @operation braze-rest-client usersTrackSync
 */
export function usersTrackSync<O extends RequestOptions = {}, P extends string = 'users.track.sync'>(client: ClientFor<P, 'users.track.sync'>, input?: UsersTrackSyncInput, options?: O): ResultOf<UsersTrackSyncResponse, O> {
  return $request(client as never, $usersTrackSync, input, options) as ResultOf<UsersTrackSyncResponse, O>;
}

/** The input of `v2SubscriptionStatusSet`: parameters and body fields in one object. */
export type V2SubscriptionStatusSetInput = OperationInput<operations['v2SubscriptionStatusSet'], 'object', 'application/json'>;
/** The success response body of `v2SubscriptionStatusSet`. */
export type V2SubscriptionStatusSetResponse = operations['v2SubscriptionStatusSet']['responses'][201]['content']['application/json'];
const $v2SubscriptionStatusSet: OperationDescriptor = { id: 'v2SubscriptionStatusSet', method: 'POST', path: '/v2/subscription/status/set', permissions: ['subscription.status.set'], body: 'object' };

/**
 * Update users' subscription group states (v2)
 *
 * Updates users' states in one or more subscription groups in a single call. Each entry names a group, the state, and up to 50 users by `external_ids`, `emails` or `phones` (not both emails and phones in one entry). Everyone sharing an email address or phone number is updated. For SMS groups, `use_double_opt_in_logic` sends subscribed users through the SMS double opt-in flow. Phone numbers not in E.164 format are rejected. A state set for an email address or phone number that belongs to no user is kept for up to 30 days. Using LINE subscription groups requires contacting Braze.
 *
 * `POST /v2/subscription/status/set`
 * Permission: `subscription.status.set`.
 * Rate limit: 5,000 requests per minute (shared: subscription-status-set).
 *
 * @see https://www.braze.com/docs/api/endpoints/subscription_groups/post_update_user_subscription_group_status_v2/
 *
 * @operation braze-rest-client v2SubscriptionStatusSet
 */
export function v2SubscriptionStatusSet<O extends RequestOptions = {}, P extends string = 'subscription.status.set'>(client: ClientFor<P, 'subscription.status.set'>, input: V2SubscriptionStatusSetInput, options?: O): ResultOf<V2SubscriptionStatusSetResponse, O> {
  return $request(client as never, $v2SubscriptionStatusSet, input, options) as ResultOf<V2SubscriptionStatusSetResponse, O>;
}
