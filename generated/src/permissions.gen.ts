// This file is generated: do not edit it by hand.
// Source: spec/openapi.yaml
// Regenerate: npm run generate

import { didYouMean } from './runtime/did-you-mean.js';

/** Every permission an API key can hold, sorted. Empty when the spec declares no permission catalogue. */
export const PERMISSIONS = [
  'apps.get',
  'apps.push_credential',
  'campaigns.data_series',
  'campaigns.details',
  'campaigns.duplicate',
  'campaigns.list',
  'campaigns.translations.get',
  'campaigns.translations.update',
  'campaigns.trigger.schedule.create',
  'campaigns.trigger.schedule.delete',
  'campaigns.trigger.schedule.update',
  'campaigns.trigger.send',
  'campaigns.url_info.details',
  'canvas.data_series',
  'canvas.data_summary',
  'canvas.details',
  'canvas.duplicate',
  'canvas.list',
  'canvas.translations.get',
  'canvas.translations.update',
  'canvas.trigger.schedule.create',
  'canvas.trigger.schedule.delete',
  'canvas.trigger.schedule.update',
  'canvas.trigger.send',
  'canvas.url_info.details',
  'catalogs.add_items',
  'catalogs.create',
  'catalogs.create_fields',
  'catalogs.create_item',
  'catalogs.create_selection',
  'catalogs.delete',
  'catalogs.delete_fields',
  'catalogs.delete_item',
  'catalogs.delete_items',
  'catalogs.delete_selection',
  'catalogs.get',
  'catalogs.get_item',
  'catalogs.get_items',
  'catalogs.replace_item',
  'catalogs.replace_items',
  'catalogs.update_item',
  'catalogs.update_items',
  'cdi.integration_job_status',
  'cdi.integration_list',
  'cdi.integration_sync',
  'content_blocks.create',
  'content_blocks.info',
  'content_blocks.list',
  'content_blocks.translations.get',
  'content_blocks.translations.update',
  'content_blocks.update',
  'custom_attributes.get',
  'custom_objects.create',
  'custom_objects.delete',
  'custom_objects.object_relationships.create',
  'custom_objects.object_relationships.delete',
  'custom_objects.object_relationships.update',
  'custom_objects.read',
  'custom_objects.update',
  'custom_objects.user_relationships.create',
  'custom_objects.user_relationships.delete',
  'custom_objects.user_relationships.read',
  'custom_objects.user_relationships.update',
  'data_objects.bulk_delete',
  'data_objects.bulk_upsert',
  'data_objects.create',
  'data_objects.delete',
  'data_objects.object_relationships.bulk_delete',
  'data_objects.object_relationships.bulk_upsert',
  'data_objects.object_relationships.create',
  'data_objects.object_relationships.delete',
  'data_objects.object_relationships.update',
  'data_objects.read',
  'data_objects.update',
  'data_objects.user_relationships.bulk_delete',
  'data_objects.user_relationships.bulk_upsert',
  'data_objects.user_relationships.create',
  'data_objects.user_relationships.delete',
  'data_objects.user_relationships.read',
  'data_objects.user_relationships.update',
  'email.blacklist',
  'email.bounce.remove',
  'email.hard_bounces',
  'email.spam.remove',
  'email.status',
  'email.unsubscribe',
  'events.data_series',
  'events.get',
  'events.list',
  'feed.data_series',
  'feed.details',
  'feed.list',
  'kpi.dau.data_series',
  'kpi.mau.data_series',
  'kpi.new_users.data_series',
  'kpi.uninstalls.data_series',
  'media_library.create',
  'media_library.replace',
  'messages.live_activity.start',
  'messages.live_activity.update',
  'messages.schedule.create',
  'messages.schedule.delete',
  'messages.schedule.update',
  'messages.schedule_broadcasts',
  'messages.send',
  'preference_center.get',
  'preference_center.list',
  'preference_center.update',
  'preference_center.user.get',
  'purchases.product_list',
  'purchases.quantity_series',
  'purchases.revenue_series',
  'sdk_authentication.create',
  'sdk_authentication.delete',
  'sdk_authentication.keys',
  'sdk_authentication.primary',
  'segments.data_series',
  'segments.details',
  'segments.list',
  'sends.data_series',
  'sends.id.create',
  'sessions.data_series',
  'sms.invalid_phone_numbers',
  'sms.invalid_phone_numbers.remove',
  'sso.saml.login',
  'subscription.groups.get',
  'subscription.status.get',
  'subscription.status.set',
  'templates.email.create',
  'templates.email.info',
  'templates.email.list',
  'templates.email.update',
  'templates.translations.get',
  'templates.translations.update',
  'transactional.send',
  'users.alias.new',
  'users.alias.update',
  'users.delete',
  'users.export.global_control_group',
  'users.export.ids',
  'users.export.segment',
  'users.external_ids.remove',
  'users.external_ids.rename',
  'users.identify',
  'users.merge',
  'users.track',
  'users.track.bulk',
  'users.track.sync',
] as const;

/** A permission name, e.g. `'users.track'` (`never` when the spec has no catalogue). */
export type Permission = (typeof PERMISSIONS)[number];

/** What the catalogue says about one permission. */
export interface PermissionInfo {
  readonly description: string;
  /** The tab it sits under on the dashboard's permission page. */
  readonly group: string;
  readonly deprecated: boolean;
  /** True when no documented REST endpoint uses it. */
  readonly noEndpoint: boolean;
  /** operationIds of the operations that require it. */
  readonly operations: readonly OperationId[];
}

/** What `OPERATIONS` records about one operation. */
export interface OperationInfo {
  readonly method: string;
  readonly path: string;
  /** Every permission the operation requires; empty when it needs none. */
  readonly permissions: readonly Permission[];
  /** `permissions`: called with an API key holding `permissions`; `none`: no credential needed; `other`: only another credential works (a SCIM token), never a permission-scoped key. */
  readonly auth: 'permissions' | 'none' | 'other';
  readonly tag: string;
  readonly deprecated: boolean;
}

/** What each permission is for, where it sits in the dashboard, and which operations need it. */
export const PERMISSION_INFO = {
  'apps.get': { description: 'List the apps of the workspace with their app identifiers.', group: 'Apps', deprecated: false, noEndpoint: false, operations: ['appsList'] },
  'apps.push_credential': { description: 'Update an app\'s push credentials (APNs, Firebase, Huawei or Kindle).', group: 'Apps', deprecated: false, noEndpoint: false, operations: ['appsPushCredentialUpdate'] },
  'campaigns.data_series': { description: 'Read a campaign\'s daily analytics over a time range.', group: 'Campaigns', deprecated: false, noEndpoint: false, operations: ['campaignsDataSeries'] },
  'campaigns.details': { description: 'Read the settings and messages of one campaign.', group: 'Campaigns', deprecated: false, noEndpoint: false, operations: ['campaignsDetails'] },
  'campaigns.duplicate': { description: 'Copy an existing campaign into a new one.', group: 'Campaigns', deprecated: false, noEndpoint: false, operations: ['campaignsDuplicate'] },
  'campaigns.list': { description: 'List the workspace\'s campaigns.', group: 'Campaigns', deprecated: false, noEndpoint: false, operations: ['campaignsList'] },
  'campaigns.translations.get': { description: 'Read a campaign\'s translations and the source strings to translate.', group: 'Translations', deprecated: false, noEndpoint: false, operations: ['campaignsTranslationsGet', 'campaignsTranslationsSource'] },
  'campaigns.translations.update': { description: 'Change the translations of a campaign message.', group: 'Translations', deprecated: false, noEndpoint: false, operations: ['campaignsTranslationsUpdate'] },
  'campaigns.trigger.schedule.create': { description: 'Schedule a later send of an API-triggered campaign.', group: 'Campaigns', deprecated: false, noEndpoint: false, operations: ['campaignsTriggerScheduleCreate'] },
  'campaigns.trigger.schedule.delete': { description: 'Cancel a scheduled send of an API-triggered campaign.', group: 'Campaigns', deprecated: false, noEndpoint: false, operations: ['campaignsTriggerScheduleDelete'] },
  'campaigns.trigger.schedule.update': { description: 'Change a scheduled send of an API-triggered campaign.', group: 'Campaigns', deprecated: false, noEndpoint: false, operations: ['campaignsTriggerScheduleUpdate'] },
  'campaigns.trigger.send': { description: 'Send an API-triggered campaign now.', group: 'Campaigns', deprecated: false, noEndpoint: false, operations: ['campaignsTriggerSend'] },
  'campaigns.url_info.details': { description: 'Read the links and link aliases of one message variation of a campaign.', group: 'Campaigns', deprecated: false, noEndpoint: false, operations: ['campaignsUrlInfoDetails'] },
  'canvas.data_series': { description: 'Read a Canvas\'s analytics over a time range.', group: 'Canvas', deprecated: false, noEndpoint: false, operations: ['canvasDataSeries'] },
  'canvas.data_summary': { description: 'Read totals (rollups) of a Canvas\'s analytics over a time range.', group: 'Canvas', deprecated: false, noEndpoint: false, operations: ['canvasDataSummary'] },
  'canvas.details': { description: 'Read the settings and steps of one Canvas.', group: 'Canvas', deprecated: false, noEndpoint: false, operations: ['canvasDetails'] },
  'canvas.duplicate': { description: 'Copy an existing Canvas into a new one.', group: 'Canvas', deprecated: false, noEndpoint: false, operations: ['canvasDuplicate'] },
  'canvas.list': { description: 'List the workspace\'s Canvases.', group: 'Canvas', deprecated: false, noEndpoint: false, operations: ['canvasList'] },
  'canvas.translations.get': { description: 'Read a Canvas\'s translations and the source strings to translate.', group: 'Translations', deprecated: false, noEndpoint: false, operations: ['canvasTranslationsGet', 'canvasTranslationsSource'] },
  'canvas.translations.update': { description: 'Change the translations of a Canvas message.', group: 'Translations', deprecated: false, noEndpoint: false, operations: ['canvasTranslationsUpdate'] },
  'canvas.trigger.schedule.create': { description: 'Schedule a later send of an API-triggered Canvas.', group: 'Canvas', deprecated: false, noEndpoint: false, operations: ['canvasTriggerScheduleCreate'] },
  'canvas.trigger.schedule.delete': { description: 'Cancel a scheduled send of an API-triggered Canvas.', group: 'Canvas', deprecated: false, noEndpoint: false, operations: ['canvasTriggerScheduleDelete'] },
  'canvas.trigger.schedule.update': { description: 'Change a scheduled send of an API-triggered Canvas.', group: 'Canvas', deprecated: false, noEndpoint: false, operations: ['canvasTriggerScheduleUpdate'] },
  'canvas.trigger.send': { description: 'Send an API-triggered Canvas now.', group: 'Canvas', deprecated: false, noEndpoint: false, operations: ['canvasTriggerSend'] },
  'canvas.url_info.details': { description: 'Read the links and link aliases of one email message variation in a Canvas step.', group: 'Canvas', deprecated: false, noEndpoint: false, operations: ['canvasUrlInfoDetails'] },
  'catalogs.add_items': { description: 'Add several items to a catalog at once (asynchronous).', group: 'Catalogs', deprecated: false, noEndpoint: false, operations: ['catalogsItemsAddMany'] },
  'catalogs.create': { description: 'Create a catalog.', group: 'Catalogs', deprecated: false, noEndpoint: false, operations: ['catalogsCreate'] },
  'catalogs.create_fields': { description: 'Add fields to a catalog.', group: 'Catalogs', deprecated: false, noEndpoint: false, operations: ['catalogsFieldsCreate'] },
  'catalogs.create_item': { description: 'Add one item to a catalog.', group: 'Catalogs', deprecated: false, noEndpoint: false, operations: ['catalogsItemsCreate'] },
  'catalogs.create_selection': { description: 'Create a selection (a filtered view) of a catalog.', group: 'Catalogs', deprecated: false, noEndpoint: false, operations: ['catalogsSelectionsCreate'] },
  'catalogs.delete': { description: 'Delete a catalog.', group: 'Catalogs', deprecated: false, noEndpoint: false, operations: ['catalogsDelete'] },
  'catalogs.delete_fields': { description: 'Remove a field from a catalog.', group: 'Catalogs', deprecated: false, noEndpoint: false, operations: ['catalogsFieldsDelete'] },
  'catalogs.delete_item': { description: 'Delete one catalog item.', group: 'Catalogs', deprecated: false, noEndpoint: false, operations: ['catalogsItemsDelete'] },
  'catalogs.delete_items': { description: 'Delete several catalog items at once (asynchronous).', group: 'Catalogs', deprecated: false, noEndpoint: false, operations: ['catalogsItemsDeleteMany'] },
  'catalogs.delete_selection': { description: 'Delete a catalog selection.', group: 'Catalogs', deprecated: false, noEndpoint: false, operations: ['catalogsSelectionsDelete'] },
  'catalogs.get': { description: 'List the workspace\'s catalogs.', group: 'Catalogs', deprecated: false, noEndpoint: false, operations: ['catalogsList'] },
  'catalogs.get_item': { description: 'Read one catalog item.', group: 'Catalogs', deprecated: false, noEndpoint: false, operations: ['catalogsItemsGet'] },
  'catalogs.get_items': { description: 'List a catalog\'s items, page by page.', group: 'Catalogs', deprecated: false, noEndpoint: false, operations: ['catalogsItemsList'] },
  'catalogs.replace_item': { description: 'Overwrite one catalog item.', group: 'Catalogs', deprecated: false, noEndpoint: false, operations: ['catalogsItemsReplace'] },
  'catalogs.replace_items': { description: 'Overwrite several catalog items at once (asynchronous).', group: 'Catalogs', deprecated: false, noEndpoint: false, operations: ['catalogsItemsReplaceMany'] },
  'catalogs.update_item': { description: 'Change one catalog item.', group: 'Catalogs', deprecated: false, noEndpoint: false, operations: ['catalogsItemsUpdate'] },
  'catalogs.update_items': { description: 'Change several catalog items at once (asynchronous).', group: 'Catalogs', deprecated: false, noEndpoint: false, operations: ['catalogsItemsUpdateMany'] },
  'cdi.integration_job_status': { description: 'Read the status of a Cloud Data Ingestion integration\'s past sync jobs.', group: 'Cloud Data Ingestion', deprecated: false, noEndpoint: false, operations: ['cdiIntegrationsJobSyncStatus'] },
  'cdi.integration_list': { description: 'List the workspace\'s Cloud Data Ingestion integrations.', group: 'Cloud Data Ingestion', deprecated: false, noEndpoint: false, operations: ['cdiIntegrationsList'] },
  'cdi.integration_sync': { description: 'Start a sync of a Cloud Data Ingestion integration.', group: 'Cloud Data Ingestion', deprecated: false, noEndpoint: false, operations: ['cdiIntegrationsSync'] },
  'content_blocks.create': { description: 'Create a Content Block.', group: 'Content Blocks', deprecated: false, noEndpoint: false, operations: ['contentBlocksCreate'] },
  'content_blocks.info': { description: 'Read one Content Block.', group: 'Content Blocks', deprecated: false, noEndpoint: false, operations: ['contentBlocksInfo'] },
  'content_blocks.list': { description: 'List Content Blocks.', group: 'Content Blocks', deprecated: false, noEndpoint: false, operations: ['contentBlocksList'] },
  'content_blocks.translations.get': { description: 'Read a Content Block\'s translations and the source strings to translate.', group: 'Translations', deprecated: false, noEndpoint: false, operations: ['contentBlocksTranslationsGet', 'contentBlocksTranslationsSource'] },
  'content_blocks.translations.update': { description: 'Change the translations of a Content Block.', group: 'Translations', deprecated: false, noEndpoint: false, operations: ['contentBlocksTranslationsUpdate'] },
  'content_blocks.update': { description: 'Change a Content Block.', group: 'Content Blocks', deprecated: false, noEndpoint: false, operations: ['contentBlocksUpdate'] },
  'custom_attributes.get': { description: 'List the workspace\'s custom attributes with their details, page by page.', group: 'Custom Attributes', deprecated: false, noEndpoint: false, operations: ['customAttributesGet'] },
  'custom_objects.create': { description: 'Create custom objects.', group: 'Custom Objects', deprecated: false, noEndpoint: false, operations: ['customObjectsObjectsCreate'] },
  'custom_objects.delete': { description: 'Delete custom objects.', group: 'Custom Objects', deprecated: false, noEndpoint: false, operations: ['customObjectsObjectsDelete'] },
  'custom_objects.object_relationships.create': { description: 'Create relationships between custom objects.', group: 'Custom Objects', deprecated: false, noEndpoint: false, operations: ['customObjectsObjectRelationshipsCreate'] },
  'custom_objects.object_relationships.delete': { description: 'Delete relationships between custom objects.', group: 'Custom Objects', deprecated: false, noEndpoint: false, operations: ['customObjectsObjectRelationshipsDelete'] },
  'custom_objects.object_relationships.update': { description: 'Replace and update relationships between custom objects.', group: 'Custom Objects', deprecated: false, noEndpoint: false, operations: ['customObjectsObjectRelationshipsReplace', 'customObjectsObjectRelationshipsUpdate'] },
  'custom_objects.read': { description: 'Read custom object types, custom objects and their object relationships.', group: 'Custom Objects', deprecated: false, noEndpoint: false, operations: ['customObjectsObjectRelationshipsList', 'customObjectsObjectsGet', 'customObjectsObjectsList', 'customObjectsTypesGet', 'customObjectsTypesList', 'customObjectsTypesListObjectRelationshipTypes', 'customObjectsTypesListUserRelationshipTypes'] },
  'custom_objects.update': { description: 'Replace and update custom objects.', group: 'Custom Objects', deprecated: false, noEndpoint: false, operations: ['customObjectsObjectsReplace', 'customObjectsObjectsUpdate'] },
  'custom_objects.user_relationships.create': { description: 'Link users to custom objects.', group: 'Custom Objects', deprecated: false, noEndpoint: false, operations: ['customObjectsUserRelationshipsCreate'] },
  'custom_objects.user_relationships.delete': { description: 'Remove links between users and custom objects.', group: 'Custom Objects', deprecated: false, noEndpoint: false, operations: ['customObjectsUserRelationshipsDelete'] },
  'custom_objects.user_relationships.read': { description: 'List the users linked to a custom object.', group: 'Custom Objects', deprecated: false, noEndpoint: false, operations: ['customObjectsUserRelationshipsList'] },
  'custom_objects.user_relationships.update': { description: 'Replace and update links between users and custom objects.', group: 'Custom Objects', deprecated: false, noEndpoint: false, operations: ['customObjectsUserRelationshipsReplace', 'customObjectsUserRelationshipsUpdate'] },
  'data_objects.bulk_delete': { description: 'Delete up to 50 data objects per request.', group: 'Data Objects', deprecated: false, noEndpoint: false, operations: ['dataObjectsObjectsBulkDelete'] },
  'data_objects.bulk_upsert': { description: 'Create or replace up to 50 data objects per request.', group: 'Data Objects', deprecated: false, noEndpoint: false, operations: ['dataObjectsObjectsBulkUpsert'] },
  'data_objects.create': { description: 'Create data objects one at a time.', group: 'Data Objects', deprecated: false, noEndpoint: false, operations: ['dataObjectsObjectsCreate'] },
  'data_objects.delete': { description: 'Delete data objects one at a time.', group: 'Data Objects', deprecated: false, noEndpoint: false, operations: ['dataObjectsObjectsDelete'] },
  'data_objects.object_relationships.bulk_delete': { description: 'Delete up to 50 relationships between data objects per request.', group: 'Data Objects', deprecated: false, noEndpoint: false, operations: ['dataObjectsObjectRelationshipsBulkDelete'] },
  'data_objects.object_relationships.bulk_upsert': { description: 'Create or replace up to 50 relationships between data objects per request.', group: 'Data Objects', deprecated: false, noEndpoint: false, operations: ['dataObjectsObjectRelationshipsBulkUpsert'] },
  'data_objects.object_relationships.create': { description: 'Create one relationship between data objects.', group: 'Data Objects', deprecated: false, noEndpoint: false, operations: ['dataObjectsObjectRelationshipsCreate'] },
  'data_objects.object_relationships.delete': { description: 'Delete one relationship between data objects.', group: 'Data Objects', deprecated: false, noEndpoint: false, operations: ['dataObjectsObjectRelationshipsDelete'] },
  'data_objects.object_relationships.update': { description: 'Replace and update one relationship between data objects.', group: 'Data Objects', deprecated: false, noEndpoint: false, operations: ['dataObjectsObjectRelationshipsReplace', 'dataObjectsObjectRelationshipsUpdate'] },
  'data_objects.read': { description: 'Read data object types, data objects and their object relationships.', group: 'Data Objects', deprecated: false, noEndpoint: false, operations: ['dataObjectsObjectRelationshipsList', 'dataObjectsObjectsGet', 'dataObjectsObjectsList', 'dataObjectsTypesGet', 'dataObjectsTypesList', 'dataObjectsTypesListObjectRelationshipTypes', 'dataObjectsTypesListUserRelationshipTypes'] },
  'data_objects.update': { description: 'Replace and update data objects one at a time.', group: 'Data Objects', deprecated: false, noEndpoint: false, operations: ['dataObjectsObjectsReplace', 'dataObjectsObjectsUpdate'] },
  'data_objects.user_relationships.bulk_delete': { description: 'Delete up to 50 links between users and data objects per request.', group: 'Data Objects', deprecated: false, noEndpoint: false, operations: ['dataObjectsUserRelationshipsBulkDelete'] },
  'data_objects.user_relationships.bulk_upsert': { description: 'Create or replace up to 50 links between users and data objects per request.', group: 'Data Objects', deprecated: false, noEndpoint: false, operations: ['dataObjectsUserRelationshipsBulkUpsert'] },
  'data_objects.user_relationships.create': { description: 'Link a user to a data object.', group: 'Data Objects', deprecated: false, noEndpoint: false, operations: ['dataObjectsUserRelationshipsCreate'] },
  'data_objects.user_relationships.delete': { description: 'Remove one link between a user and a data object.', group: 'Data Objects', deprecated: false, noEndpoint: false, operations: ['dataObjectsUserRelationshipsDelete'] },
  'data_objects.user_relationships.read': { description: 'List the users linked to a data object.', group: 'Data Objects', deprecated: false, noEndpoint: false, operations: ['dataObjectsUserRelationshipsList'] },
  'data_objects.user_relationships.update': { description: 'Replace and update one link between a user and a data object.', group: 'Data Objects', deprecated: false, noEndpoint: false, operations: ['dataObjectsUserRelationshipsReplace', 'dataObjectsUserRelationshipsUpdate'] },
  'email.blacklist': { description: 'Add email addresses to the blocklist (both the old blacklist and the newer blocklist endpoint).', group: 'Email', deprecated: false, noEndpoint: false, operations: ['emailBlacklist', 'emailBlocklist'] },
  'email.bounce.remove': { description: 'Take email addresses off the hard-bounce list.', group: 'Email', deprecated: false, noEndpoint: false, operations: ['emailBounceRemove'] },
  'email.hard_bounces': { description: 'List the email addresses that hard bounced within a date range.', group: 'Email', deprecated: false, noEndpoint: false, operations: ['emailHardBounces'] },
  'email.spam.remove': { description: 'Take email addresses off the spam list.', group: 'Email', deprecated: false, noEndpoint: false, operations: ['emailSpamRemove'] },
  'email.status': { description: 'Set the global email subscription state of email addresses.', group: 'Email', deprecated: false, noEndpoint: false, operations: ['emailStatus'] },
  'email.unsubscribe': { description: 'List the email addresses that unsubscribed within a date range.', group: 'Email', deprecated: false, noEndpoint: false, operations: ['emailUnsubscribes'] },
  'events.data_series': { description: 'Read how often a custom event occurred over a time range.', group: 'Events', deprecated: false, noEndpoint: false, operations: ['eventsDataSeries'] },
  'events.get': { description: 'List the workspace\'s custom events with their details, page by page.', group: 'Events', deprecated: false, noEndpoint: false, operations: ['eventsGet'] },
  'events.list': { description: 'List the names of the workspace\'s custom events.', group: 'Events', deprecated: false, noEndpoint: false, operations: ['eventsList'] },
  'feed.data_series': { description: 'Read a News Feed card\'s engagement over a time range.', group: 'News Feed', deprecated: true, noEndpoint: false, operations: ['feedDataSeries'] },
  'feed.details': { description: 'Read the details of one News Feed card.', group: 'News Feed', deprecated: true, noEndpoint: false, operations: ['feedDetails'] },
  'feed.list': { description: 'List News Feed cards.', group: 'News Feed', deprecated: true, noEndpoint: false, operations: ['feedList'] },
  'kpi.dau.data_series': { description: 'Read daily active users per day over a time range.', group: 'KPIs', deprecated: false, noEndpoint: false, operations: ['kpiDauDataSeries'] },
  'kpi.mau.data_series': { description: 'Read monthly (rolling 30-day) active users per day over a time range.', group: 'KPIs', deprecated: false, noEndpoint: false, operations: ['kpiMauDataSeries'] },
  'kpi.new_users.data_series': { description: 'Read new users per day over a time range.', group: 'KPIs', deprecated: false, noEndpoint: false, operations: ['kpiNewUsersDataSeries'] },
  'kpi.uninstalls.data_series': { description: 'Read app uninstalls per day over a time range.', group: 'KPIs', deprecated: false, noEndpoint: false, operations: ['kpiUninstallsDataSeries'] },
  'media_library.create': { description: 'Upload an asset to the media library.', group: 'Media Library', deprecated: false, noEndpoint: false, operations: ['mediaLibraryCreate'] },
  'media_library.replace': { description: 'Replace the file of an existing media library asset, keeping its ID and URL.', group: 'Media Library', deprecated: false, noEndpoint: false, operations: ['mediaLibraryReplaceFile'] },
  'messages.live_activity.start': { description: 'Start an iOS Live Activity remotely.', group: 'Messages', deprecated: false, noEndpoint: false, operations: ['messagesLiveActivityStart'] },
  'messages.live_activity.update': { description: 'Update or end an iOS Live Activity.', group: 'Messages', deprecated: false, noEndpoint: false, operations: ['messagesLiveActivityUpdate'] },
  'messages.schedule.create': { description: 'Schedule a message for delivery at a later time.', group: 'Messages', deprecated: false, noEndpoint: false, operations: ['messagesScheduleCreate'] },
  'messages.schedule.delete': { description: 'Cancel a scheduled message.', group: 'Messages', deprecated: false, noEndpoint: false, operations: ['messagesScheduleDelete'] },
  'messages.schedule.update': { description: 'Change a scheduled message.', group: 'Messages', deprecated: false, noEndpoint: false, operations: ['messagesScheduleUpdate'] },
  'messages.schedule_broadcasts': { description: 'List the campaigns and Canvases scheduled to go out in a coming time window.', group: 'Messages', deprecated: false, noEndpoint: false, operations: ['messagesScheduledBroadcasts'] },
  'messages.send': { description: 'Send a message right away to chosen users, a segment or a connected audience.', group: 'Messages', deprecated: false, noEndpoint: false, operations: ['messagesSend'] },
  'preference_center.get': { description: 'Read one preference center.', group: 'Preference Center', deprecated: false, noEndpoint: false, operations: ['preferenceCenterGet'] },
  'preference_center.list': { description: 'List preference centers.', group: 'Preference Center', deprecated: false, noEndpoint: false, operations: ['preferenceCenterList'] },
  'preference_center.update': { description: 'Create a preference center or change an existing one.', group: 'Preference Center', deprecated: false, noEndpoint: false, operations: ['preferenceCenterCreate', 'preferenceCenterUpdate'] },
  'preference_center.user.get': { description: 'Generate a user\'s personal link to a preference center.', group: 'Preference Center', deprecated: false, noEndpoint: false, operations: ['preferenceCenterUserUrl'] },
  'purchases.product_list': { description: 'List the product IDs that purchases were logged for.', group: 'Purchases', deprecated: false, noEndpoint: false, operations: ['purchasesProductList'] },
  'purchases.quantity_series': { description: 'Read the number of purchases per day or hour over a time range.', group: 'Purchases', deprecated: false, noEndpoint: false, operations: ['purchasesQuantitySeries'] },
  'purchases.revenue_series': { description: 'Read the revenue per day or hour over a time range.', group: 'Purchases', deprecated: false, noEndpoint: false, operations: ['purchasesRevenueSeries'] },
  'sdk_authentication.create': { description: 'Add a public key for verifying an app\'s SDK authentication tokens.', group: 'SDK Authentication', deprecated: false, noEndpoint: false, operations: ['sdkAuthenticationKeysCreate'] },
  'sdk_authentication.delete': { description: 'Remove an SDK authentication key from an app.', group: 'SDK Authentication', deprecated: false, noEndpoint: false, operations: ['sdkAuthenticationKeysDelete'] },
  'sdk_authentication.keys': { description: 'List an app\'s SDK authentication keys.', group: 'SDK Authentication', deprecated: false, noEndpoint: false, operations: ['sdkAuthenticationKeysList'] },
  'sdk_authentication.primary': { description: 'Make one SDK authentication key the app\'s primary key.', group: 'SDK Authentication', deprecated: false, noEndpoint: false, operations: ['sdkAuthenticationKeysSetPrimary'] },
  'segments.data_series': { description: 'Read a segment\'s estimated size over a time range.', group: 'Segments', deprecated: false, noEndpoint: false, operations: ['segmentsDataSeries'] },
  'segments.details': { description: 'Read the definition and settings of one segment.', group: 'Segments', deprecated: false, noEndpoint: false, operations: ['segmentsDetails'] },
  'segments.list': { description: 'List the workspace\'s segments; also needed to cancel a segment export.', group: 'Segments', deprecated: false, noEndpoint: false, operations: ['exportSegmentCancel', 'segmentsList'] },
  'sends.data_series': { description: 'Read daily analytics of one tracked send over a time range.', group: 'Campaigns', deprecated: false, noEndpoint: false, operations: ['sendsDataSeries'] },
  'sends.id.create': { description: 'Create a send ID that tracks the results of one message blast.', group: 'Campaigns', deprecated: false, noEndpoint: false, operations: ['sendsIdCreate'] },
  'sessions.data_series': { description: 'Read the number of sessions per day or hour over a time range.', group: 'Sessions', deprecated: false, noEndpoint: false, operations: ['sessionsDataSeries'] },
  'sms.invalid_phone_numbers': { description: 'List the phone numbers flagged as invalid within a date range.', group: 'SMS', deprecated: false, noEndpoint: false, operations: ['smsInvalidPhoneNumbersList'] },
  'sms.invalid_phone_numbers.remove': { description: 'Clear the invalid flag from phone numbers.', group: 'SMS', deprecated: false, noEndpoint: false, operations: ['smsInvalidPhoneNumbersRemove'] },
  'sso.saml.login': { description: 'Sign in to the dashboard through identity-provider-initiated SAML single sign-on.', group: 'SSO', deprecated: false, noEndpoint: true, operations: [] },
  'subscription.groups.get': { description: 'List the subscription groups given users have explicitly joined or left.', group: 'Subscription', deprecated: false, noEndpoint: false, operations: ['subscriptionUserStatus'] },
  'subscription.status.get': { description: 'Read users\' subscription state in one subscription group.', group: 'Subscription', deprecated: false, noEndpoint: false, operations: ['subscriptionStatusGet', 'usersSubscriptionGet'] },
  'subscription.status.set': { description: 'Subscribe or unsubscribe users to subscription groups (both the v1 and v2 endpoints).', group: 'Subscription', deprecated: false, noEndpoint: false, operations: ['subscriptionStatusSet', 'usersSubscriptionDelete', 'v2SubscriptionStatusSet'] },
  'templates.email.create': { description: 'Create an email template.', group: 'Templates', deprecated: false, noEndpoint: false, operations: ['templatesEmailCreate'] },
  'templates.email.info': { description: 'Read one email template; also needed to read the source strings of a template\'s translations.', group: 'Templates', deprecated: false, noEndpoint: false, operations: ['templatesEmailInfo', 'templatesEmailTranslationsSource'] },
  'templates.email.list': { description: 'List email templates.', group: 'Templates', deprecated: false, noEndpoint: false, operations: ['templatesEmailList'] },
  'templates.email.update': { description: 'Change an email template.', group: 'Templates', deprecated: false, noEndpoint: false, operations: ['templatesEmailUpdate'] },
  'templates.translations.get': { description: 'Read the translations of email and webhook templates, and a webhook template\'s source strings.', group: 'Translations', deprecated: false, noEndpoint: false, operations: ['templatesEmailTranslationsGet', 'templatesTranslationsEmail', 'templatesWebhookTranslationsGet', 'templatesWebhookTranslationsSource'] },
  'templates.translations.update': { description: 'Change the translations of an email or webhook template.', group: 'Translations', deprecated: false, noEndpoint: false, operations: ['templatesEmailTranslationsUpdate', 'templatesWebhookTranslationsUpdate'] },
  'transactional.send': { description: 'Send a transactional email through a transactional email campaign.', group: 'Campaigns', deprecated: false, noEndpoint: false, operations: ['transactionalSend'] },
  'users.alias.new': { description: 'Add a new alias to a user profile, or create an alias-only profile.', group: 'User Data', deprecated: false, noEndpoint: false, operations: ['usersAliasNew'] },
  'users.alias.update': { description: 'Change the name of an existing user alias.', group: 'User Data', deprecated: false, noEndpoint: false, operations: ['usersAliasUpdate'] },
  'users.delete': { description: 'Delete user profiles.', group: 'User Data', deprecated: false, noEndpoint: false, operations: ['usersDelete'] },
  'users.export.global_control_group': { description: 'Export the user profiles that belong to the Global Control Group.', group: 'User Data', deprecated: false, noEndpoint: false, operations: ['usersExportGlobalControlGroup'] },
  'users.export.ids': { description: 'Export user profiles looked up by their identifiers.', group: 'User Data', deprecated: false, noEndpoint: false, operations: ['usersExportIds'] },
  'users.export.segment': { description: 'Export every user profile in a segment.', group: 'User Data', deprecated: false, noEndpoint: false, operations: ['usersExportSegment'] },
  'users.external_ids.remove': { description: 'Remove the old (deprecated) external ID left behind by a rename.', group: 'User Data', deprecated: false, noEndpoint: false, operations: ['usersExternalIdsRemove'] },
  'users.external_ids.rename': { description: 'Give an existing user a new external ID.', group: 'User Data', deprecated: false, noEndpoint: false, operations: ['usersExternalIdsRename'] },
  'users.identify': { description: 'Attach an external ID to an alias-only user profile.', group: 'User Data', deprecated: false, noEndpoint: false, operations: ['usersIdentify'] },
  'users.merge': { description: 'Merge one user profile into another.', group: 'User Data', deprecated: false, noEndpoint: false, operations: ['usersMerge'] },
  'users.track': { description: 'Record attributes, custom events and purchases on user profiles.', group: 'User Data', deprecated: false, noEndpoint: false, operations: ['usersTrack'] },
  'users.track.bulk': { description: 'Record attributes, events and purchases for many users in one large batch (up to 1,000 objects).', group: 'User Data', deprecated: false, noEndpoint: false, operations: ['usersTrackBulk'] },
  'users.track.sync': { description: 'Record attributes, events and purchases for one user and get the updated profile back synchronously.', group: 'User Data', deprecated: false, noEndpoint: false, operations: ['usersTrackSync'] },
} as const satisfies Readonly<Record<Permission, PermissionInfo>>;

/** Permission names as constants, for autocompletion: `Permissions.USERS_TRACK === 'users.track'`. */
export const Permissions = {
  /**
   * List the apps of the workspace with their app identifiers.
   * Named only by the unlisted "List workspace apps" endpoint page (in its error list); the permission table does not list it.
   */
  APPS_GET: 'apps.get',
  /**
   * Update an app's push credentials (APNs, Firebase, Huawei or Kindle).
   * Required by the push credential update endpoint page; the permission table does not list it.
   */
  APPS_PUSH_CREDENTIAL: 'apps.push_credential',
  /** Read a campaign's daily analytics over a time range. */
  CAMPAIGNS_DATA_SERIES: 'campaigns.data_series',
  /** Read the settings and messages of one campaign. */
  CAMPAIGNS_DETAILS: 'campaigns.details',
  /**
   * Copy an existing campaign into a new one.
   * Required by the campaign duplicate endpoint page; the permission table does not list it.
   */
  CAMPAIGNS_DUPLICATE: 'campaigns.duplicate',
  /** List the workspace's campaigns. */
  CAMPAIGNS_LIST: 'campaigns.list',
  /**
   * Read a campaign's translations and the source strings to translate.
   * Required by the campaign translation endpoint pages (early access); the permission table does not list it.
   */
  CAMPAIGNS_TRANSLATIONS_GET: 'campaigns.translations.get',
  /**
   * Change the translations of a campaign message.
   * Required by the campaign translation endpoint page (early access); the permission table does not list it.
   */
  CAMPAIGNS_TRANSLATIONS_UPDATE: 'campaigns.translations.update',
  /** Schedule a later send of an API-triggered campaign. */
  CAMPAIGNS_TRIGGER_SCHEDULE_CREATE: 'campaigns.trigger.schedule.create',
  /** Cancel a scheduled send of an API-triggered campaign. */
  CAMPAIGNS_TRIGGER_SCHEDULE_DELETE: 'campaigns.trigger.schedule.delete',
  /** Change a scheduled send of an API-triggered campaign. */
  CAMPAIGNS_TRIGGER_SCHEDULE_UPDATE: 'campaigns.trigger.schedule.update',
  /** Send an API-triggered campaign now. */
  CAMPAIGNS_TRIGGER_SEND: 'campaigns.trigger.send',
  /**
   * Read the links and link aliases of one message variation of a campaign.
   * Only for workspaces with Link Aliasing enabled. The endpoint page is unlisted and names no permission; the permission table's link to it is broken.
   */
  CAMPAIGNS_URL_INFO_DETAILS: 'campaigns.url_info.details',
  /** Read a Canvas's analytics over a time range. */
  CANVAS_DATA_SERIES: 'canvas.data_series',
  /** Read totals (rollups) of a Canvas's analytics over a time range. */
  CANVAS_DATA_SUMMARY: 'canvas.data_summary',
  /** Read the settings and steps of one Canvas. */
  CANVAS_DETAILS: 'canvas.details',
  /**
   * Copy an existing Canvas into a new one.
   * Required by the Canvas duplicate endpoint page; the permission table does not list it.
   */
  CANVAS_DUPLICATE: 'canvas.duplicate',
  /** List the workspace's Canvases. */
  CANVAS_LIST: 'canvas.list',
  /**
   * Read a Canvas's translations and the source strings to translate.
   * Required by the Canvas translation endpoint pages (early access); the permission table does not list it.
   */
  CANVAS_TRANSLATIONS_GET: 'canvas.translations.get',
  /**
   * Change the translations of a Canvas message.
   * Required by the Canvas translation endpoint page (early access); the permission table does not list it.
   */
  CANVAS_TRANSLATIONS_UPDATE: 'canvas.translations.update',
  /** Schedule a later send of an API-triggered Canvas. */
  CANVAS_TRIGGER_SCHEDULE_CREATE: 'canvas.trigger.schedule.create',
  /** Cancel a scheduled send of an API-triggered Canvas. */
  CANVAS_TRIGGER_SCHEDULE_DELETE: 'canvas.trigger.schedule.delete',
  /** Change a scheduled send of an API-triggered Canvas. */
  CANVAS_TRIGGER_SCHEDULE_UPDATE: 'canvas.trigger.schedule.update',
  /** Send an API-triggered Canvas now. */
  CANVAS_TRIGGER_SEND: 'canvas.trigger.send',
  /**
   * Read the links and link aliases of one email message variation in a Canvas step.
   * Only for workspaces with Link Aliasing enabled. The endpoint page is unlisted and names no permission.
   */
  CANVAS_URL_INFO_DETAILS: 'canvas.url_info.details',
  /** Add several items to a catalog at once (asynchronous). */
  CATALOGS_ADD_ITEMS: 'catalogs.add_items',
  /** Create a catalog. */
  CATALOGS_CREATE: 'catalogs.create',
  /**
   * Add fields to a catalog.
   * Required by the catalog field creation endpoint page; the permission table does not list it.
   */
  CATALOGS_CREATE_FIELDS: 'catalogs.create_fields',
  /** Add one item to a catalog. */
  CATALOGS_CREATE_ITEM: 'catalogs.create_item',
  /**
   * Create a selection (a filtered view) of a catalog.
   * Required by the catalog selection creation endpoint page; the permission table does not list it.
   */
  CATALOGS_CREATE_SELECTION: 'catalogs.create_selection',
  /** Delete a catalog. */
  CATALOGS_DELETE: 'catalogs.delete',
  /**
   * Remove a field from a catalog.
   * Required by the catalog field deletion endpoint page; the permission table does not list it.
   */
  CATALOGS_DELETE_FIELDS: 'catalogs.delete_fields',
  /** Delete one catalog item. */
  CATALOGS_DELETE_ITEM: 'catalogs.delete_item',
  /** Delete several catalog items at once (asynchronous). */
  CATALOGS_DELETE_ITEMS: 'catalogs.delete_items',
  /**
   * Delete a catalog selection.
   * Required by the catalog selection deletion endpoint page; the permission table does not list it.
   */
  CATALOGS_DELETE_SELECTION: 'catalogs.delete_selection',
  /** List the workspace's catalogs. */
  CATALOGS_GET: 'catalogs.get',
  /** Read one catalog item. */
  CATALOGS_GET_ITEM: 'catalogs.get_item',
  /** List a catalog's items, page by page. */
  CATALOGS_GET_ITEMS: 'catalogs.get_items',
  /** Overwrite one catalog item. */
  CATALOGS_REPLACE_ITEM: 'catalogs.replace_item',
  /** Overwrite several catalog items at once (asynchronous). */
  CATALOGS_REPLACE_ITEMS: 'catalogs.replace_items',
  /** Change one catalog item. */
  CATALOGS_UPDATE_ITEM: 'catalogs.update_item',
  /** Change several catalog items at once (asynchronous). */
  CATALOGS_UPDATE_ITEMS: 'catalogs.update_items',
  /**
   * Read the status of a Cloud Data Ingestion integration's past sync jobs.
   * Required by the CDI job sync status endpoint page; the permission table does not list it.
   */
  CDI_INTEGRATION_JOB_STATUS: 'cdi.integration_job_status',
  /**
   * List the workspace's Cloud Data Ingestion integrations.
   * Required by the CDI integration list endpoint page; the permission table does not list it.
   */
  CDI_INTEGRATION_LIST: 'cdi.integration_list',
  /**
   * Start a sync of a Cloud Data Ingestion integration.
   * Required by the CDI sync endpoint page; the permission table does not list it.
   */
  CDI_INTEGRATION_SYNC: 'cdi.integration_sync',
  /** Create a Content Block. */
  CONTENT_BLOCKS_CREATE: 'content_blocks.create',
  /** Read one Content Block. */
  CONTENT_BLOCKS_INFO: 'content_blocks.info',
  /** List Content Blocks. */
  CONTENT_BLOCKS_LIST: 'content_blocks.list',
  /**
   * Read a Content Block's translations and the source strings to translate.
   * Required by the Content Block translation endpoint pages; the permission table does not list it.
   */
  CONTENT_BLOCKS_TRANSLATIONS_GET: 'content_blocks.translations.get',
  /**
   * Change the translations of a Content Block.
   * Required by the Content Block translation endpoint page (early access); the permission table does not list it.
   */
  CONTENT_BLOCKS_TRANSLATIONS_UPDATE: 'content_blocks.translations.update',
  /** Change a Content Block. */
  CONTENT_BLOCKS_UPDATE: 'content_blocks.update',
  /**
   * List the workspace's custom attributes with their details, page by page.
   * Required by the `GET /custom_attributes` endpoint page; the permission table does not list it.
   */
  CUSTOM_ATTRIBUTES_GET: 'custom_attributes.get',
  /**
   * Create custom objects.
   * Listed in the API key permissions table of Braze's Custom Objects endpoint pages (early access); the permission table does not list it.
   */
  CUSTOM_OBJECTS_CREATE: 'custom_objects.create',
  /**
   * Delete custom objects.
   * Listed in the API key permissions table of Braze's Custom Objects endpoint pages (early access); the permission table does not list it.
   */
  CUSTOM_OBJECTS_DELETE: 'custom_objects.delete',
  /**
   * Create relationships between custom objects.
   * Listed in the API key permissions table of Braze's Custom Objects endpoint pages (early access); the permission table does not list it.
   */
  CUSTOM_OBJECTS_OBJECT_RELATIONSHIPS_CREATE: 'custom_objects.object_relationships.create',
  /**
   * Delete relationships between custom objects.
   * Listed in the API key permissions table of Braze's Custom Objects endpoint pages (early access); the permission table does not list it.
   */
  CUSTOM_OBJECTS_OBJECT_RELATIONSHIPS_DELETE: 'custom_objects.object_relationships.delete',
  /**
   * Replace and update relationships between custom objects.
   * Listed in the API key permissions table of Braze's Custom Objects endpoint pages (early access); the permission table does not list it.
   */
  CUSTOM_OBJECTS_OBJECT_RELATIONSHIPS_UPDATE: 'custom_objects.object_relationships.update',
  /**
   * Read custom object types, custom objects and their object relationships.
   * Listed in the API key permissions table of Braze's Custom Objects endpoint pages (early access); the permission table does not list it.
   */
  CUSTOM_OBJECTS_READ: 'custom_objects.read',
  /**
   * Replace and update custom objects.
   * Listed in the API key permissions table of Braze's Custom Objects endpoint pages (early access); the permission table does not list it.
   */
  CUSTOM_OBJECTS_UPDATE: 'custom_objects.update',
  /**
   * Link users to custom objects.
   * Listed in the API key permissions table of Braze's Custom Objects endpoint pages (early access); the permission table does not list it.
   */
  CUSTOM_OBJECTS_USER_RELATIONSHIPS_CREATE: 'custom_objects.user_relationships.create',
  /**
   * Remove links between users and custom objects.
   * Listed in the API key permissions table of Braze's Custom Objects endpoint pages (early access); the permission table does not list it.
   */
  CUSTOM_OBJECTS_USER_RELATIONSHIPS_DELETE: 'custom_objects.user_relationships.delete',
  /**
   * List the users linked to a custom object.
   * Listed in the API key permissions table of Braze's Custom Objects endpoint pages (early access); the permission table does not list it.
   */
  CUSTOM_OBJECTS_USER_RELATIONSHIPS_READ: 'custom_objects.user_relationships.read',
  /**
   * Replace and update links between users and custom objects.
   * Listed in the API key permissions table of Braze's Custom Objects endpoint pages (early access); the permission table does not list it.
   */
  CUSTOM_OBJECTS_USER_RELATIONSHIPS_UPDATE: 'custom_objects.user_relationships.update',
  /**
   * Delete up to 50 data objects per request.
   * Required by the Data Objects bulk endpoint page; the permission table does not list it. Single-record permissions do not grant it.
   */
  DATA_OBJECTS_BULK_DELETE: 'data_objects.bulk_delete',
  /**
   * Create or replace up to 50 data objects per request.
   * Required by the Data Objects bulk endpoint page; the permission table does not list it. Single-record permissions do not grant it.
   */
  DATA_OBJECTS_BULK_UPSERT: 'data_objects.bulk_upsert',
  /**
   * Create data objects one at a time.
   * Listed in the API key permissions table of Braze's Data Objects endpoint pages; the permission table does not list it.
   */
  DATA_OBJECTS_CREATE: 'data_objects.create',
  /**
   * Delete data objects one at a time.
   * Listed in the API key permissions table of Braze's Data Objects endpoint pages; the permission table does not list it.
   */
  DATA_OBJECTS_DELETE: 'data_objects.delete',
  /**
   * Delete up to 50 relationships between data objects per request.
   * Required by the Data Objects bulk endpoint page; the permission table does not list it. Single-record permissions do not grant it.
   */
  DATA_OBJECTS_OBJECT_RELATIONSHIPS_BULK_DELETE: 'data_objects.object_relationships.bulk_delete',
  /**
   * Create or replace up to 50 relationships between data objects per request.
   * Required by the Data Objects bulk endpoint page; the permission table does not list it. Single-record permissions do not grant it.
   */
  DATA_OBJECTS_OBJECT_RELATIONSHIPS_BULK_UPSERT: 'data_objects.object_relationships.bulk_upsert',
  /**
   * Create one relationship between data objects.
   * Listed in the API key permissions table of Braze's Data Objects endpoint pages; the permission table does not list it.
   */
  DATA_OBJECTS_OBJECT_RELATIONSHIPS_CREATE: 'data_objects.object_relationships.create',
  /**
   * Delete one relationship between data objects.
   * Listed in the API key permissions table of Braze's Data Objects endpoint pages; the permission table does not list it.
   */
  DATA_OBJECTS_OBJECT_RELATIONSHIPS_DELETE: 'data_objects.object_relationships.delete',
  /**
   * Replace and update one relationship between data objects.
   * Listed in the API key permissions table of Braze's Data Objects endpoint pages; the permission table does not list it.
   */
  DATA_OBJECTS_OBJECT_RELATIONSHIPS_UPDATE: 'data_objects.object_relationships.update',
  /**
   * Read data object types, data objects and their object relationships.
   * Listed in the API key permissions table of Braze's Data Objects endpoint pages; the permission table does not list it.
   */
  DATA_OBJECTS_READ: 'data_objects.read',
  /**
   * Replace and update data objects one at a time.
   * Listed in the API key permissions table of Braze's Data Objects endpoint pages; the permission table does not list it.
   */
  DATA_OBJECTS_UPDATE: 'data_objects.update',
  /**
   * Delete up to 50 links between users and data objects per request.
   * Required by the Data Objects bulk endpoint page; the permission table does not list it. Single-record permissions do not grant it.
   */
  DATA_OBJECTS_USER_RELATIONSHIPS_BULK_DELETE: 'data_objects.user_relationships.bulk_delete',
  /**
   * Create or replace up to 50 links between users and data objects per request.
   * Required by the Data Objects bulk endpoint page; the permission table does not list it. Single-record permissions do not grant it.
   */
  DATA_OBJECTS_USER_RELATIONSHIPS_BULK_UPSERT: 'data_objects.user_relationships.bulk_upsert',
  /**
   * Link a user to a data object.
   * Listed in the API key permissions table of Braze's Data Objects endpoint pages; the permission table does not list it.
   */
  DATA_OBJECTS_USER_RELATIONSHIPS_CREATE: 'data_objects.user_relationships.create',
  /**
   * Remove one link between a user and a data object.
   * Listed in the API key permissions table of Braze's Data Objects endpoint pages; the permission table does not list it.
   */
  DATA_OBJECTS_USER_RELATIONSHIPS_DELETE: 'data_objects.user_relationships.delete',
  /**
   * List the users linked to a data object.
   * Listed in the API key permissions table of Braze's Data Objects endpoint pages; the permission table does not list it.
   */
  DATA_OBJECTS_USER_RELATIONSHIPS_READ: 'data_objects.user_relationships.read',
  /**
   * Replace and update one link between a user and a data object.
   * Listed in the API key permissions table of Braze's Data Objects endpoint pages; the permission table does not list it.
   */
  DATA_OBJECTS_USER_RELATIONSHIPS_UPDATE: 'data_objects.user_relationships.update',
  /** Add email addresses to the blocklist (both the old blacklist and the newer blocklist endpoint). */
  EMAIL_BLACKLIST: 'email.blacklist',
  /** Take email addresses off the hard-bounce list. */
  EMAIL_BOUNCE_REMOVE: 'email.bounce.remove',
  /** List the email addresses that hard bounced within a date range. */
  EMAIL_HARD_BOUNCES: 'email.hard_bounces',
  /** Take email addresses off the spam list. */
  EMAIL_SPAM_REMOVE: 'email.spam.remove',
  /** Set the global email subscription state of email addresses. */
  EMAIL_STATUS: 'email.status',
  /** List the email addresses that unsubscribed within a date range. */
  EMAIL_UNSUBSCRIBE: 'email.unsubscribe',
  /** Read how often a custom event occurred over a time range. */
  EVENTS_DATA_SERIES: 'events.data_series',
  /**
   * List the workspace's custom events with their details, page by page.
   * Required by the `GET /events` endpoint page; the permission table does not list it.
   */
  EVENTS_GET: 'events.get',
  /** List the names of the workspace's custom events. */
  EVENTS_LIST: 'events.list',
  /**
   * Read a News Feed card's engagement over a time range.
   * News Feed is deprecated in favour of Content Cards; recent versions of the permission page drop this tab.
   * @deprecated
   */
  FEED_DATA_SERIES: 'feed.data_series',
  /**
   * Read the details of one News Feed card.
   * News Feed is deprecated in favour of Content Cards; recent versions of the permission page drop this tab.
   * @deprecated
   */
  FEED_DETAILS: 'feed.details',
  /**
   * List News Feed cards.
   * News Feed is deprecated in favour of Content Cards; recent versions of the permission page drop this tab.
   * @deprecated
   */
  FEED_LIST: 'feed.list',
  /** Read daily active users per day over a time range. */
  KPI_DAU_DATA_SERIES: 'kpi.dau.data_series',
  /** Read monthly (rolling 30-day) active users per day over a time range. */
  KPI_MAU_DATA_SERIES: 'kpi.mau.data_series',
  /** Read new users per day over a time range. */
  KPI_NEW_USERS_DATA_SERIES: 'kpi.new_users.data_series',
  /** Read app uninstalls per day over a time range. */
  KPI_UNINSTALLS_DATA_SERIES: 'kpi.uninstalls.data_series',
  /**
   * Upload an asset to the media library.
   * Required by the media library upload endpoint page; the permission table does not list it.
   */
  MEDIA_LIBRARY_CREATE: 'media_library.create',
  /**
   * Replace the file of an existing media library asset, keeping its ID and URL.
   * Required by the media library replace endpoint page; the permission table does not list it.
   */
  MEDIA_LIBRARY_REPLACE: 'media_library.replace',
  /**
   * Start an iOS Live Activity remotely.
   * Required by the Live Activity start endpoint page; the permission table does not list it.
   */
  MESSAGES_LIVE_ACTIVITY_START: 'messages.live_activity.start',
  /** Update or end an iOS Live Activity. */
  MESSAGES_LIVE_ACTIVITY_UPDATE: 'messages.live_activity.update',
  /** Schedule a message for delivery at a later time. */
  MESSAGES_SCHEDULE_CREATE: 'messages.schedule.create',
  /** Cancel a scheduled message. */
  MESSAGES_SCHEDULE_DELETE: 'messages.schedule.delete',
  /** Change a scheduled message. */
  MESSAGES_SCHEDULE_UPDATE: 'messages.schedule.update',
  /** List the campaigns and Canvases scheduled to go out in a coming time window. */
  MESSAGES_SCHEDULE_BROADCASTS: 'messages.schedule_broadcasts',
  /** Send a message right away to chosen users, a segment or a connected audience. */
  MESSAGES_SEND: 'messages.send',
  /** Read one preference center. */
  PREFERENCE_CENTER_GET: 'preference_center.get',
  /** List preference centers. */
  PREFERENCE_CENTER_LIST: 'preference_center.list',
  /** Create a preference center or change an existing one. */
  PREFERENCE_CENTER_UPDATE: 'preference_center.update',
  /** Generate a user's personal link to a preference center. */
  PREFERENCE_CENTER_USER_GET: 'preference_center.user.get',
  /** List the product IDs that purchases were logged for. */
  PURCHASES_PRODUCT_LIST: 'purchases.product_list',
  /** Read the number of purchases per day or hour over a time range. */
  PURCHASES_QUANTITY_SERIES: 'purchases.quantity_series',
  /** Read the revenue per day or hour over a time range. */
  PURCHASES_REVENUE_SERIES: 'purchases.revenue_series',
  /** Add a public key for verifying an app's SDK authentication tokens. */
  SDK_AUTHENTICATION_CREATE: 'sdk_authentication.create',
  /** Remove an SDK authentication key from an app. */
  SDK_AUTHENTICATION_DELETE: 'sdk_authentication.delete',
  /** List an app's SDK authentication keys. */
  SDK_AUTHENTICATION_KEYS: 'sdk_authentication.keys',
  /** Make one SDK authentication key the app's primary key. */
  SDK_AUTHENTICATION_PRIMARY: 'sdk_authentication.primary',
  /** Read a segment's estimated size over a time range. */
  SEGMENTS_DATA_SERIES: 'segments.data_series',
  /** Read the definition and settings of one segment. */
  SEGMENTS_DETAILS: 'segments.details',
  /** List the workspace's segments; also needed to cancel a segment export. */
  SEGMENTS_LIST: 'segments.list',
  /** Read daily analytics of one tracked send over a time range. */
  SENDS_DATA_SERIES: 'sends.data_series',
  /** Create a send ID that tracks the results of one message blast. */
  SENDS_ID_CREATE: 'sends.id.create',
  /** Read the number of sessions per day or hour over a time range. */
  SESSIONS_DATA_SERIES: 'sessions.data_series',
  /** List the phone numbers flagged as invalid within a date range. */
  SMS_INVALID_PHONE_NUMBERS: 'sms.invalid_phone_numbers',
  /** Clear the invalid flag from phone numbers. */
  SMS_INVALID_PHONE_NUMBERS_REMOVE: 'sms.invalid_phone_numbers.remove',
  /**
   * Sign in to the dashboard through identity-provider-initiated SAML single sign-on.
   * No documented REST endpoint uses this permission.
   * Used by the SAML single sign-on login flow, not by any REST endpoint.
   */
  SSO_SAML_LOGIN: 'sso.saml.login',
  /** List the subscription groups given users have explicitly joined or left. */
  SUBSCRIPTION_GROUPS_GET: 'subscription.groups.get',
  /** Read users' subscription state in one subscription group. */
  SUBSCRIPTION_STATUS_GET: 'subscription.status.get',
  /** Subscribe or unsubscribe users to subscription groups (both the v1 and v2 endpoints). */
  SUBSCRIPTION_STATUS_SET: 'subscription.status.set',
  /** Create an email template. */
  TEMPLATES_EMAIL_CREATE: 'templates.email.create',
  /** Read one email template; also needed to read the source strings of a template's translations. */
  TEMPLATES_EMAIL_INFO: 'templates.email.info',
  /** List email templates. */
  TEMPLATES_EMAIL_LIST: 'templates.email.list',
  /** Change an email template. */
  TEMPLATES_EMAIL_UPDATE: 'templates.email.update',
  /**
   * Read the translations of email and webhook templates, and a webhook template's source strings.
   * Required by the email and webhook template translation endpoint pages; the permission table does not list it. Reading an email template's source strings needs `templates.email.info` instead.
   */
  TEMPLATES_TRANSLATIONS_GET: 'templates.translations.get',
  /**
   * Change the translations of an email or webhook template.
   * Required by the email and webhook template translation endpoint pages; the permission table does not list it.
   */
  TEMPLATES_TRANSLATIONS_UPDATE: 'templates.translations.update',
  /** Send a transactional email through a transactional email campaign. */
  TRANSACTIONAL_SEND: 'transactional.send',
  /** Add a new alias to a user profile, or create an alias-only profile. */
  USERS_ALIAS_NEW: 'users.alias.new',
  /** Change the name of an existing user alias. */
  USERS_ALIAS_UPDATE: 'users.alias.update',
  /** Delete user profiles. */
  USERS_DELETE: 'users.delete',
  /** Export the user profiles that belong to the Global Control Group. */
  USERS_EXPORT_GLOBAL_CONTROL_GROUP: 'users.export.global_control_group',
  /** Export user profiles looked up by their identifiers. */
  USERS_EXPORT_IDS: 'users.export.ids',
  /** Export every user profile in a segment. */
  USERS_EXPORT_SEGMENT: 'users.export.segment',
  /** Remove the old (deprecated) external ID left behind by a rename. */
  USERS_EXTERNAL_IDS_REMOVE: 'users.external_ids.remove',
  /** Give an existing user a new external ID. */
  USERS_EXTERNAL_IDS_RENAME: 'users.external_ids.rename',
  /** Attach an external ID to an alias-only user profile. */
  USERS_IDENTIFY: 'users.identify',
  /** Merge one user profile into another. */
  USERS_MERGE: 'users.merge',
  /** Record attributes, custom events and purchases on user profiles. */
  USERS_TRACK: 'users.track',
  /**
   * Record attributes, events and purchases for many users in one large batch (up to 1,000 objects).
   * Required by the `/users/track/bulk` endpoint page (limited beta); the permission table does not list it.
   */
  USERS_TRACK_BULK: 'users.track.bulk',
  /**
   * Record attributes, events and purchases for one user and get the updated profile back synchronously.
   * Required by the `/users/track/sync` endpoint page (early access); the permission table does not list it.
   */
  USERS_TRACK_SYNC: 'users.track.sync',
} as const;

/** Every operation, keyed by operationId, with the permissions it requires. */
export const OPERATIONS = {
  appsList: { method: 'get', path: '/app_group/apps', permissions: ['apps.get'], auth: 'permissions', tag: 'Apps', deprecated: false },
  appsPushCredentialUpdate: { method: 'post', path: '/apps/push_credential/update', permissions: ['apps.push_credential'], auth: 'permissions', tag: 'Apps', deprecated: false },
  campaignsDataSeries: { method: 'get', path: '/campaigns/data_series', permissions: ['campaigns.data_series'], auth: 'permissions', tag: 'Campaigns', deprecated: false },
  campaignsDetails: { method: 'get', path: '/campaigns/details', permissions: ['campaigns.details'], auth: 'permissions', tag: 'Campaigns', deprecated: false },
  campaignsDuplicate: { method: 'post', path: '/campaigns/duplicate', permissions: ['campaigns.duplicate'], auth: 'permissions', tag: 'Campaigns', deprecated: false },
  campaignsList: { method: 'get', path: '/campaigns/list', permissions: ['campaigns.list'], auth: 'permissions', tag: 'Campaigns', deprecated: false },
  campaignsTranslationsGet: { method: 'get', path: '/campaigns/translations', permissions: ['campaigns.translations.get'], auth: 'permissions', tag: 'Translations', deprecated: false },
  campaignsTranslationsSource: { method: 'get', path: '/campaigns/translations/source', permissions: ['campaigns.translations.get'], auth: 'permissions', tag: 'Translations', deprecated: false },
  campaignsTranslationsUpdate: { method: 'put', path: '/campaigns/translations', permissions: ['campaigns.translations.update'], auth: 'permissions', tag: 'Translations', deprecated: false },
  campaignsTriggerScheduleCreate: { method: 'post', path: '/campaigns/trigger/schedule/create', permissions: ['campaigns.trigger.schedule.create'], auth: 'permissions', tag: 'Campaigns', deprecated: false },
  campaignsTriggerScheduleDelete: { method: 'post', path: '/campaigns/trigger/schedule/delete', permissions: ['campaigns.trigger.schedule.delete'], auth: 'permissions', tag: 'Campaigns', deprecated: false },
  campaignsTriggerScheduleUpdate: { method: 'post', path: '/campaigns/trigger/schedule/update', permissions: ['campaigns.trigger.schedule.update'], auth: 'permissions', tag: 'Campaigns', deprecated: false },
  campaignsTriggerSend: { method: 'post', path: '/campaigns/trigger/send', permissions: ['campaigns.trigger.send'], auth: 'permissions', tag: 'Campaigns', deprecated: false },
  campaignsUrlInfoDetails: { method: 'get', path: '/campaigns/url_info/details', permissions: ['campaigns.url_info.details'], auth: 'permissions', tag: 'Campaigns', deprecated: false },
  canvasDataSeries: { method: 'get', path: '/canvas/data_series', permissions: ['canvas.data_series'], auth: 'permissions', tag: 'Canvas', deprecated: false },
  canvasDataSummary: { method: 'get', path: '/canvas/data_summary', permissions: ['canvas.data_summary'], auth: 'permissions', tag: 'Canvas', deprecated: false },
  canvasDetails: { method: 'get', path: '/canvas/details', permissions: ['canvas.details'], auth: 'permissions', tag: 'Canvas', deprecated: false },
  canvasDuplicate: { method: 'post', path: '/canvas/duplicate', permissions: ['canvas.duplicate'], auth: 'permissions', tag: 'Canvas', deprecated: false },
  canvasList: { method: 'get', path: '/canvas/list', permissions: ['canvas.list'], auth: 'permissions', tag: 'Canvas', deprecated: false },
  canvasTranslationsGet: { method: 'get', path: '/canvas/translations', permissions: ['canvas.translations.get'], auth: 'permissions', tag: 'Translations', deprecated: false },
  canvasTranslationsSource: { method: 'get', path: '/canvas/translations/source', permissions: ['canvas.translations.get'], auth: 'permissions', tag: 'Translations', deprecated: false },
  canvasTranslationsUpdate: { method: 'put', path: '/canvas/translations', permissions: ['canvas.translations.update'], auth: 'permissions', tag: 'Translations', deprecated: false },
  canvasTriggerScheduleCreate: { method: 'post', path: '/canvas/trigger/schedule/create', permissions: ['canvas.trigger.schedule.create'], auth: 'permissions', tag: 'Canvas', deprecated: false },
  canvasTriggerScheduleDelete: { method: 'post', path: '/canvas/trigger/schedule/delete', permissions: ['canvas.trigger.schedule.delete'], auth: 'permissions', tag: 'Canvas', deprecated: false },
  canvasTriggerScheduleUpdate: { method: 'post', path: '/canvas/trigger/schedule/update', permissions: ['canvas.trigger.schedule.update'], auth: 'permissions', tag: 'Canvas', deprecated: false },
  canvasTriggerSend: { method: 'post', path: '/canvas/trigger/send', permissions: ['canvas.trigger.send'], auth: 'permissions', tag: 'Canvas', deprecated: false },
  canvasUrlInfoDetails: { method: 'get', path: '/canvas/url_info/details', permissions: ['canvas.url_info.details'], auth: 'permissions', tag: 'Canvas', deprecated: false },
  catalogsCreate: { method: 'post', path: '/catalogs', permissions: ['catalogs.create'], auth: 'permissions', tag: 'Catalogs', deprecated: false },
  catalogsDelete: { method: 'delete', path: '/catalogs/{catalog_name}', permissions: ['catalogs.delete'], auth: 'permissions', tag: 'Catalogs', deprecated: false },
  catalogsFieldsCreate: { method: 'post', path: '/catalogs/{catalog_name}/fields', permissions: ['catalogs.create_fields'], auth: 'permissions', tag: 'Catalogs', deprecated: false },
  catalogsFieldsDelete: { method: 'delete', path: '/catalogs/{catalog_name}/fields/{field_name}', permissions: ['catalogs.delete_fields'], auth: 'permissions', tag: 'Catalogs', deprecated: false },
  catalogsItemsAddMany: { method: 'post', path: '/catalogs/{catalog_name}/items', permissions: ['catalogs.add_items'], auth: 'permissions', tag: 'Catalog items', deprecated: false },
  catalogsItemsCreate: { method: 'post', path: '/catalogs/{catalog_name}/items/{item_id}', permissions: ['catalogs.create_item'], auth: 'permissions', tag: 'Catalog items', deprecated: false },
  catalogsItemsDelete: { method: 'delete', path: '/catalogs/{catalog_name}/items/{item_id}', permissions: ['catalogs.delete_item'], auth: 'permissions', tag: 'Catalog items', deprecated: false },
  catalogsItemsDeleteMany: { method: 'delete', path: '/catalogs/{catalog_name}/items', permissions: ['catalogs.delete_items'], auth: 'permissions', tag: 'Catalog items', deprecated: false },
  catalogsItemsGet: { method: 'get', path: '/catalogs/{catalog_name}/items/{item_id}', permissions: ['catalogs.get_item'], auth: 'permissions', tag: 'Catalog items', deprecated: false },
  catalogsItemsList: { method: 'get', path: '/catalogs/{catalog_name}/items', permissions: ['catalogs.get_items'], auth: 'permissions', tag: 'Catalog items', deprecated: false },
  catalogsItemsReplace: { method: 'put', path: '/catalogs/{catalog_name}/items/{item_id}', permissions: ['catalogs.replace_item'], auth: 'permissions', tag: 'Catalog items', deprecated: false },
  catalogsItemsReplaceMany: { method: 'put', path: '/catalogs/{catalog_name}/items', permissions: ['catalogs.replace_items'], auth: 'permissions', tag: 'Catalog items', deprecated: false },
  catalogsItemsUpdate: { method: 'patch', path: '/catalogs/{catalog_name}/items/{item_id}', permissions: ['catalogs.update_item'], auth: 'permissions', tag: 'Catalog items', deprecated: false },
  catalogsItemsUpdateMany: { method: 'patch', path: '/catalogs/{catalog_name}/items', permissions: ['catalogs.update_items'], auth: 'permissions', tag: 'Catalog items', deprecated: false },
  catalogsList: { method: 'get', path: '/catalogs', permissions: ['catalogs.get'], auth: 'permissions', tag: 'Catalogs', deprecated: false },
  catalogsSelectionsCreate: { method: 'post', path: '/catalogs/{catalog_name}/selections', permissions: ['catalogs.create_selection'], auth: 'permissions', tag: 'Catalogs', deprecated: false },
  catalogsSelectionsDelete: { method: 'delete', path: '/catalogs/{catalog_name}/selections/{selection_name}', permissions: ['catalogs.delete_selection'], auth: 'permissions', tag: 'Catalogs', deprecated: false },
  cdiIntegrationsJobSyncStatus: { method: 'get', path: '/cdi/integrations/{integration_id}/job_sync_status', permissions: ['cdi.integration_job_status'], auth: 'permissions', tag: 'Cloud Data Ingestion', deprecated: false },
  cdiIntegrationsList: { method: 'get', path: '/cdi/integrations', permissions: ['cdi.integration_list'], auth: 'permissions', tag: 'Cloud Data Ingestion', deprecated: false },
  cdiIntegrationsSync: { method: 'post', path: '/cdi/integrations/{integration_id}/sync', permissions: ['cdi.integration_sync'], auth: 'permissions', tag: 'Cloud Data Ingestion', deprecated: false },
  contentBlocksCreate: { method: 'post', path: '/content_blocks/create', permissions: ['content_blocks.create'], auth: 'permissions', tag: 'Content Blocks', deprecated: false },
  contentBlocksInfo: { method: 'get', path: '/content_blocks/info', permissions: ['content_blocks.info'], auth: 'permissions', tag: 'Content Blocks', deprecated: false },
  contentBlocksList: { method: 'get', path: '/content_blocks/list', permissions: ['content_blocks.list'], auth: 'permissions', tag: 'Content Blocks', deprecated: false },
  contentBlocksTranslationsGet: { method: 'get', path: '/content_blocks/translations', permissions: ['content_blocks.translations.get'], auth: 'permissions', tag: 'Translations', deprecated: false },
  contentBlocksTranslationsSource: { method: 'get', path: '/content_blocks/translations/source', permissions: ['content_blocks.translations.get'], auth: 'permissions', tag: 'Translations', deprecated: false },
  contentBlocksTranslationsUpdate: { method: 'put', path: '/content_blocks/translations', permissions: ['content_blocks.translations.update'], auth: 'permissions', tag: 'Translations', deprecated: false },
  contentBlocksUpdate: { method: 'post', path: '/content_blocks/update', permissions: ['content_blocks.update'], auth: 'permissions', tag: 'Content Blocks', deprecated: false },
  customAttributesGet: { method: 'get', path: '/custom_attributes', permissions: ['custom_attributes.get'], auth: 'permissions', tag: 'Custom attributes', deprecated: false },
  customObjectsObjectRelationshipsCreate: { method: 'post', path: '/custom_objects/objects/{type_name}/{external_id}/object_relationships', permissions: ['custom_objects.object_relationships.create'], auth: 'permissions', tag: 'Custom object relationships', deprecated: false },
  customObjectsObjectRelationshipsDelete: { method: 'delete', path: '/custom_objects/objects/{type_name}/{external_id}/object_relationships', permissions: ['custom_objects.object_relationships.delete'], auth: 'permissions', tag: 'Custom object relationships', deprecated: false },
  customObjectsObjectRelationshipsList: { method: 'get', path: '/custom_objects/objects/{type_name}/{external_id}/object_relationships', permissions: ['custom_objects.read'], auth: 'permissions', tag: 'Custom object relationships', deprecated: false },
  customObjectsObjectRelationshipsReplace: { method: 'put', path: '/custom_objects/objects/{type_name}/{external_id}/object_relationships', permissions: ['custom_objects.object_relationships.update'], auth: 'permissions', tag: 'Custom object relationships', deprecated: false },
  customObjectsObjectRelationshipsUpdate: { method: 'patch', path: '/custom_objects/objects/{type_name}/{external_id}/object_relationships', permissions: ['custom_objects.object_relationships.update'], auth: 'permissions', tag: 'Custom object relationships', deprecated: false },
  customObjectsObjectsCreate: { method: 'post', path: '/custom_objects/objects/{type_name}', permissions: ['custom_objects.create'], auth: 'permissions', tag: 'Custom objects', deprecated: false },
  customObjectsObjectsDelete: { method: 'delete', path: '/custom_objects/objects/{type_name}/{external_id}', permissions: ['custom_objects.delete'], auth: 'permissions', tag: 'Custom objects', deprecated: false },
  customObjectsObjectsGet: { method: 'get', path: '/custom_objects/objects/{type_name}/{external_id}', permissions: ['custom_objects.read'], auth: 'permissions', tag: 'Custom objects', deprecated: false },
  customObjectsObjectsList: { method: 'get', path: '/custom_objects/objects/{type_name}', permissions: ['custom_objects.read'], auth: 'permissions', tag: 'Custom objects', deprecated: false },
  customObjectsObjectsReplace: { method: 'put', path: '/custom_objects/objects/{type_name}/{external_id}', permissions: ['custom_objects.update'], auth: 'permissions', tag: 'Custom objects', deprecated: false },
  customObjectsObjectsUpdate: { method: 'patch', path: '/custom_objects/objects/{type_name}/{external_id}', permissions: ['custom_objects.update'], auth: 'permissions', tag: 'Custom objects', deprecated: false },
  customObjectsTypesGet: { method: 'get', path: '/custom_objects/types/{type_name}', permissions: ['custom_objects.read'], auth: 'permissions', tag: 'Custom object types', deprecated: false },
  customObjectsTypesList: { method: 'get', path: '/custom_objects/types', permissions: ['custom_objects.read'], auth: 'permissions', tag: 'Custom object types', deprecated: false },
  customObjectsTypesListObjectRelationshipTypes: { method: 'get', path: '/custom_objects/types/{type_name}/object_relationship_types', permissions: ['custom_objects.read'], auth: 'permissions', tag: 'Custom object types', deprecated: false },
  customObjectsTypesListUserRelationshipTypes: { method: 'get', path: '/custom_objects/types/{type_name}/user_relationship_types', permissions: ['custom_objects.read'], auth: 'permissions', tag: 'Custom object types', deprecated: false },
  customObjectsUserRelationshipsCreate: { method: 'post', path: '/custom_objects/objects/{type_name}/{external_id}/users', permissions: ['custom_objects.user_relationships.create'], auth: 'permissions', tag: 'Custom object relationships', deprecated: false },
  customObjectsUserRelationshipsDelete: { method: 'delete', path: '/custom_objects/objects/{type_name}/{external_id}/users', permissions: ['custom_objects.user_relationships.delete'], auth: 'permissions', tag: 'Custom object relationships', deprecated: false },
  customObjectsUserRelationshipsList: { method: 'get', path: '/custom_objects/objects/{type_name}/{external_id}/user_relationships', permissions: ['custom_objects.user_relationships.read'], auth: 'permissions', tag: 'Custom object relationships', deprecated: false },
  customObjectsUserRelationshipsReplace: { method: 'put', path: '/custom_objects/objects/{type_name}/{external_id}/users', permissions: ['custom_objects.user_relationships.update'], auth: 'permissions', tag: 'Custom object relationships', deprecated: false },
  customObjectsUserRelationshipsUpdate: { method: 'patch', path: '/custom_objects/objects/{type_name}/{external_id}/users', permissions: ['custom_objects.user_relationships.update'], auth: 'permissions', tag: 'Custom object relationships', deprecated: false },
  dataObjectsObjectRelationshipsBulkDelete: { method: 'delete', path: '/data_objects/object_relationships', permissions: ['data_objects.object_relationships.bulk_delete'], auth: 'permissions', tag: 'Data objects in bulk', deprecated: false },
  dataObjectsObjectRelationshipsBulkUpsert: { method: 'put', path: '/data_objects/object_relationships', permissions: ['data_objects.object_relationships.bulk_upsert'], auth: 'permissions', tag: 'Data objects in bulk', deprecated: false },
  dataObjectsObjectRelationshipsCreate: { method: 'post', path: '/data_objects/objects/{type_name}/{object_id}/object_relationships', permissions: ['data_objects.object_relationships.create'], auth: 'permissions', tag: 'Data object relationships', deprecated: false },
  dataObjectsObjectRelationshipsDelete: { method: 'delete', path: '/data_objects/objects/{type_name}/{object_id}/object_relationships', permissions: ['data_objects.object_relationships.delete'], auth: 'permissions', tag: 'Data object relationships', deprecated: false },
  dataObjectsObjectRelationshipsList: { method: 'get', path: '/data_objects/objects/{type_name}/{object_id}/object_relationships', permissions: ['data_objects.read'], auth: 'permissions', tag: 'Data object relationships', deprecated: false },
  dataObjectsObjectRelationshipsReplace: { method: 'put', path: '/data_objects/objects/{type_name}/{object_id}/object_relationships', permissions: ['data_objects.object_relationships.update'], auth: 'permissions', tag: 'Data object relationships', deprecated: false },
  dataObjectsObjectRelationshipsUpdate: { method: 'patch', path: '/data_objects/objects/{type_name}/{object_id}/object_relationships', permissions: ['data_objects.object_relationships.update'], auth: 'permissions', tag: 'Data object relationships', deprecated: false },
  dataObjectsObjectsBulkDelete: { method: 'delete', path: '/data_objects/objects', permissions: ['data_objects.bulk_delete'], auth: 'permissions', tag: 'Data objects in bulk', deprecated: false },
  dataObjectsObjectsBulkUpsert: { method: 'put', path: '/data_objects/objects', permissions: ['data_objects.bulk_upsert'], auth: 'permissions', tag: 'Data objects in bulk', deprecated: false },
  dataObjectsObjectsCreate: { method: 'post', path: '/data_objects/objects/{type_name}', permissions: ['data_objects.create'], auth: 'permissions', tag: 'Data objects', deprecated: false },
  dataObjectsObjectsDelete: { method: 'delete', path: '/data_objects/objects/{type_name}/{object_id}', permissions: ['data_objects.delete'], auth: 'permissions', tag: 'Data objects', deprecated: false },
  dataObjectsObjectsGet: { method: 'get', path: '/data_objects/objects/{type_name}/{object_id}', permissions: ['data_objects.read'], auth: 'permissions', tag: 'Data objects', deprecated: false },
  dataObjectsObjectsList: { method: 'get', path: '/data_objects/objects/{type_name}', permissions: ['data_objects.read'], auth: 'permissions', tag: 'Data objects', deprecated: false },
  dataObjectsObjectsReplace: { method: 'put', path: '/data_objects/objects/{type_name}/{object_id}', permissions: ['data_objects.update'], auth: 'permissions', tag: 'Data objects', deprecated: false },
  dataObjectsObjectsUpdate: { method: 'patch', path: '/data_objects/objects/{type_name}/{object_id}', permissions: ['data_objects.update'], auth: 'permissions', tag: 'Data objects', deprecated: false },
  dataObjectsTypesGet: { method: 'get', path: '/data_objects/types/{type_name}', permissions: ['data_objects.read'], auth: 'permissions', tag: 'Data object types', deprecated: false },
  dataObjectsTypesList: { method: 'get', path: '/data_objects/types', permissions: ['data_objects.read'], auth: 'permissions', tag: 'Data object types', deprecated: false },
  dataObjectsTypesListObjectRelationshipTypes: { method: 'get', path: '/data_objects/types/{type_name}/object_relationship_types', permissions: ['data_objects.read'], auth: 'permissions', tag: 'Data object types', deprecated: false },
  dataObjectsTypesListUserRelationshipTypes: { method: 'get', path: '/data_objects/types/{type_name}/user_relationship_types', permissions: ['data_objects.read'], auth: 'permissions', tag: 'Data object types', deprecated: false },
  dataObjectsUserRelationshipsBulkDelete: { method: 'delete', path: '/data_objects/user_relationships', permissions: ['data_objects.user_relationships.bulk_delete'], auth: 'permissions', tag: 'Data objects in bulk', deprecated: false },
  dataObjectsUserRelationshipsBulkUpsert: { method: 'put', path: '/data_objects/user_relationships', permissions: ['data_objects.user_relationships.bulk_upsert'], auth: 'permissions', tag: 'Data objects in bulk', deprecated: false },
  dataObjectsUserRelationshipsCreate: { method: 'post', path: '/data_objects/objects/{type_name}/{object_id}/users', permissions: ['data_objects.user_relationships.create'], auth: 'permissions', tag: 'Data object relationships', deprecated: false },
  dataObjectsUserRelationshipsDelete: { method: 'delete', path: '/data_objects/objects/{type_name}/{object_id}/users', permissions: ['data_objects.user_relationships.delete'], auth: 'permissions', tag: 'Data object relationships', deprecated: false },
  dataObjectsUserRelationshipsList: { method: 'get', path: '/data_objects/objects/{type_name}/{object_id}/user_relationships', permissions: ['data_objects.user_relationships.read'], auth: 'permissions', tag: 'Data object relationships', deprecated: false },
  dataObjectsUserRelationshipsReplace: { method: 'put', path: '/data_objects/objects/{type_name}/{object_id}/users', permissions: ['data_objects.user_relationships.update'], auth: 'permissions', tag: 'Data object relationships', deprecated: false },
  dataObjectsUserRelationshipsUpdate: { method: 'patch', path: '/data_objects/objects/{type_name}/{object_id}/users', permissions: ['data_objects.user_relationships.update'], auth: 'permissions', tag: 'Data object relationships', deprecated: false },
  deviceMessagingBannersSync: { method: 'post', path: '/v1/device-messaging/banners/sync', permissions: [], auth: 'other', tag: 'Banners', deprecated: false },
  deviceMessagingBannersTrack: { method: 'post', path: '/v1/device-messaging/banners/track', permissions: [], auth: 'other', tag: 'Banners', deprecated: false },
  emailBlacklist: { method: 'post', path: '/email/blacklist', permissions: ['email.blacklist'], auth: 'permissions', tag: 'Email lists', deprecated: true },
  emailBlocklist: { method: 'post', path: '/email/blocklist', permissions: ['email.blacklist'], auth: 'permissions', tag: 'Email lists', deprecated: false },
  emailBounceRemove: { method: 'post', path: '/email/bounce/remove', permissions: ['email.bounce.remove'], auth: 'permissions', tag: 'Email lists', deprecated: false },
  emailHardBounces: { method: 'get', path: '/email/hard_bounces', permissions: ['email.hard_bounces'], auth: 'permissions', tag: 'Email lists', deprecated: false },
  emailSpamRemove: { method: 'post', path: '/email/spam/remove', permissions: ['email.spam.remove'], auth: 'permissions', tag: 'Email lists', deprecated: false },
  emailStatus: { method: 'post', path: '/email/status', permissions: ['email.status'], auth: 'permissions', tag: 'Email lists', deprecated: false },
  emailUnsubscribes: { method: 'get', path: '/email/unsubscribes', permissions: ['email.unsubscribe'], auth: 'permissions', tag: 'Email lists', deprecated: false },
  eventsDataSeries: { method: 'get', path: '/events/data_series', permissions: ['events.data_series'], auth: 'permissions', tag: 'Events', deprecated: false },
  eventsGet: { method: 'get', path: '/events', permissions: ['events.get'], auth: 'permissions', tag: 'Events', deprecated: false },
  eventsList: { method: 'get', path: '/events/list', permissions: ['events.list'], auth: 'permissions', tag: 'Events', deprecated: false },
  exportSegmentCancel: { method: 'post', path: '/export/segment/cancel', permissions: ['segments.list'], auth: 'permissions', tag: 'Segments', deprecated: false },
  feedDataSeries: { method: 'get', path: '/feed/data_series', permissions: ['feed.data_series'], auth: 'permissions', tag: 'News Feed', deprecated: true },
  feedDetails: { method: 'get', path: '/feed/details', permissions: ['feed.details'], auth: 'permissions', tag: 'News Feed', deprecated: true },
  feedList: { method: 'get', path: '/feed/list', permissions: ['feed.list'], auth: 'permissions', tag: 'News Feed', deprecated: true },
  kpiDauDataSeries: { method: 'get', path: '/kpi/dau/data_series', permissions: ['kpi.dau.data_series'], auth: 'permissions', tag: 'KPIs', deprecated: false },
  kpiMauDataSeries: { method: 'get', path: '/kpi/mau/data_series', permissions: ['kpi.mau.data_series'], auth: 'permissions', tag: 'KPIs', deprecated: false },
  kpiNewUsersDataSeries: { method: 'get', path: '/kpi/new_users/data_series', permissions: ['kpi.new_users.data_series'], auth: 'permissions', tag: 'KPIs', deprecated: false },
  kpiUninstallsDataSeries: { method: 'get', path: '/kpi/uninstalls/data_series', permissions: ['kpi.uninstalls.data_series'], auth: 'permissions', tag: 'KPIs', deprecated: false },
  mediaLibraryCreate: { method: 'post', path: '/media_library/create', permissions: ['media_library.create'], auth: 'permissions', tag: 'Media Library', deprecated: false },
  mediaLibraryReplaceFile: { method: 'put', path: '/media_library/replace_file', permissions: ['media_library.replace'], auth: 'permissions', tag: 'Media Library', deprecated: false },
  messagesLiveActivityStart: { method: 'post', path: '/messages/live_activity/start', permissions: ['messages.live_activity.start'], auth: 'permissions', tag: 'Live Activities', deprecated: false },
  messagesLiveActivityUpdate: { method: 'post', path: '/messages/live_activity/update', permissions: ['messages.live_activity.update'], auth: 'permissions', tag: 'Live Activities', deprecated: false },
  messagesScheduleCreate: { method: 'post', path: '/messages/schedule/create', permissions: ['messages.schedule.create'], auth: 'permissions', tag: 'Messages', deprecated: false },
  messagesScheduleDelete: { method: 'post', path: '/messages/schedule/delete', permissions: ['messages.schedule.delete'], auth: 'permissions', tag: 'Messages', deprecated: false },
  messagesScheduleUpdate: { method: 'post', path: '/messages/schedule/update', permissions: ['messages.schedule.update'], auth: 'permissions', tag: 'Messages', deprecated: false },
  messagesScheduledBroadcasts: { method: 'get', path: '/messages/scheduled_broadcasts', permissions: ['messages.schedule_broadcasts'], auth: 'permissions', tag: 'Messages', deprecated: false },
  messagesSend: { method: 'post', path: '/messages/send', permissions: ['messages.send'], auth: 'permissions', tag: 'Messages', deprecated: false },
  preferenceCenterCreate: { method: 'post', path: '/preference_center/v1', permissions: ['preference_center.update'], auth: 'permissions', tag: 'Preference Center', deprecated: false },
  preferenceCenterGet: { method: 'get', path: '/preference_center/v1/{preferenceCenterExternalID}', permissions: ['preference_center.get'], auth: 'permissions', tag: 'Preference Center', deprecated: false },
  preferenceCenterList: { method: 'get', path: '/preference_center/v1/list', permissions: ['preference_center.list'], auth: 'permissions', tag: 'Preference Center', deprecated: false },
  preferenceCenterUpdate: { method: 'put', path: '/preference_center/v1/{preferenceCenterExternalID}', permissions: ['preference_center.update'], auth: 'permissions', tag: 'Preference Center', deprecated: false },
  preferenceCenterUserUrl: { method: 'get', path: '/preference_center/v1/{preferenceCenterExternalID}/url/{userID}', permissions: ['preference_center.user.get'], auth: 'permissions', tag: 'Preference Center', deprecated: false },
  purchasesProductList: { method: 'get', path: '/purchases/product_list', permissions: ['purchases.product_list'], auth: 'permissions', tag: 'Purchases', deprecated: false },
  purchasesQuantitySeries: { method: 'get', path: '/purchases/quantity_series', permissions: ['purchases.quantity_series'], auth: 'permissions', tag: 'Purchases', deprecated: false },
  purchasesRevenueSeries: { method: 'get', path: '/purchases/revenue_series', permissions: ['purchases.revenue_series'], auth: 'permissions', tag: 'Purchases', deprecated: false },
  scimUsersCreate: { method: 'post', path: '/scim/v2/Users', permissions: [], auth: 'other', tag: 'SCIM', deprecated: false },
  scimUsersDelete: { method: 'delete', path: '/scim/v2/Users/{id}', permissions: [], auth: 'other', tag: 'SCIM', deprecated: false },
  scimUsersGet: { method: 'get', path: '/scim/v2/Users/{id}', permissions: [], auth: 'other', tag: 'SCIM', deprecated: false },
  scimUsersReplace: { method: 'put', path: '/scim/v2/Users/{id}', permissions: [], auth: 'other', tag: 'SCIM', deprecated: false },
  scimUsersSearch: { method: 'get', path: '/scim/v2/Users', permissions: [], auth: 'other', tag: 'SCIM', deprecated: false },
  sdkAuthenticationKeysCreate: { method: 'post', path: '/app_group/sdk_authentication/create', permissions: ['sdk_authentication.create'], auth: 'permissions', tag: 'SDK Authentication', deprecated: false },
  sdkAuthenticationKeysDelete: { method: 'delete', path: '/app_group/sdk_authentication/delete', permissions: ['sdk_authentication.delete'], auth: 'permissions', tag: 'SDK Authentication', deprecated: false },
  sdkAuthenticationKeysList: { method: 'get', path: '/app_group/sdk_authentication/keys', permissions: ['sdk_authentication.keys'], auth: 'permissions', tag: 'SDK Authentication', deprecated: false },
  sdkAuthenticationKeysSetPrimary: { method: 'put', path: '/app_group/sdk_authentication/primary', permissions: ['sdk_authentication.primary'], auth: 'permissions', tag: 'SDK Authentication', deprecated: false },
  segmentsDataSeries: { method: 'get', path: '/segments/data_series', permissions: ['segments.data_series'], auth: 'permissions', tag: 'Segments', deprecated: false },
  segmentsDetails: { method: 'get', path: '/segments/details', permissions: ['segments.details'], auth: 'permissions', tag: 'Segments', deprecated: false },
  segmentsList: { method: 'get', path: '/segments/list', permissions: ['segments.list'], auth: 'permissions', tag: 'Segments', deprecated: false },
  sendsDataSeries: { method: 'get', path: '/sends/data_series', permissions: ['sends.data_series'], auth: 'permissions', tag: 'Sends', deprecated: false },
  sendsIdCreate: { method: 'post', path: '/sends/id/create', permissions: ['sends.id.create'], auth: 'permissions', tag: 'Sends', deprecated: false },
  sessionsDataSeries: { method: 'get', path: '/sessions/data_series', permissions: ['sessions.data_series'], auth: 'permissions', tag: 'Sessions', deprecated: false },
  smsInvalidPhoneNumbersList: { method: 'get', path: '/sms/invalid_phone_numbers', permissions: ['sms.invalid_phone_numbers'], auth: 'permissions', tag: 'SMS', deprecated: false },
  smsInvalidPhoneNumbersRemove: { method: 'post', path: '/sms/invalid_phone_numbers/remove', permissions: ['sms.invalid_phone_numbers.remove'], auth: 'permissions', tag: 'SMS', deprecated: false },
  subscriptionStatusGet: { method: 'get', path: '/subscription/status/get', permissions: ['subscription.status.get'], auth: 'permissions', tag: 'Subscription groups', deprecated: false },
  subscriptionStatusSet: { method: 'post', path: '/subscription/status/set', permissions: ['subscription.status.set'], auth: 'permissions', tag: 'Subscription groups', deprecated: false },
  subscriptionUserStatus: { method: 'get', path: '/subscription/user/status', permissions: ['subscription.groups.get'], auth: 'permissions', tag: 'Subscription groups', deprecated: false },
  templatesEmailCreate: { method: 'post', path: '/templates/email/create', permissions: ['templates.email.create'], auth: 'permissions', tag: 'Email templates', deprecated: false },
  templatesEmailInfo: { method: 'get', path: '/templates/email/info', permissions: ['templates.email.info'], auth: 'permissions', tag: 'Email templates', deprecated: false },
  templatesEmailList: { method: 'get', path: '/templates/email/list', permissions: ['templates.email.list'], auth: 'permissions', tag: 'Email templates', deprecated: false },
  templatesEmailTranslationsGet: { method: 'get', path: '/templates/email/translations', permissions: ['templates.translations.get'], auth: 'permissions', tag: 'Translations', deprecated: false },
  templatesEmailTranslationsSource: { method: 'get', path: '/templates/email/translations/source', permissions: ['templates.email.info'], auth: 'permissions', tag: 'Translations', deprecated: false },
  templatesEmailTranslationsUpdate: { method: 'put', path: '/templates/email/translations', permissions: ['templates.translations.update'], auth: 'permissions', tag: 'Translations', deprecated: false },
  templatesEmailUpdate: { method: 'post', path: '/templates/email/update', permissions: ['templates.email.update'], auth: 'permissions', tag: 'Email templates', deprecated: false },
  templatesTranslationsEmail: { method: 'get', path: '/templates/translations/email', permissions: ['templates.translations.get'], auth: 'permissions', tag: 'Translations', deprecated: false },
  templatesWebhookTranslationsGet: { method: 'get', path: '/templates/webhook/translations', permissions: ['templates.translations.get'], auth: 'permissions', tag: 'Translations', deprecated: false },
  templatesWebhookTranslationsSource: { method: 'get', path: '/templates/webhook/translations/source', permissions: ['templates.translations.get'], auth: 'permissions', tag: 'Translations', deprecated: false },
  templatesWebhookTranslationsUpdate: { method: 'put', path: '/templates/webhook/translations', permissions: ['templates.translations.update'], auth: 'permissions', tag: 'Translations', deprecated: false },
  transactionalSend: { method: 'post', path: '/transactional/v1/campaigns/{campaign_id}/send', permissions: ['transactional.send'], auth: 'permissions', tag: 'Transactional', deprecated: false },
  usersAliasNew: { method: 'post', path: '/users/alias/new', permissions: ['users.alias.new'], auth: 'permissions', tag: 'Users', deprecated: false },
  usersAliasUpdate: { method: 'post', path: '/users/alias/update', permissions: ['users.alias.update'], auth: 'permissions', tag: 'Users', deprecated: false },
  usersDelete: { method: 'post', path: '/users/delete', permissions: ['users.delete'], auth: 'permissions', tag: 'Users', deprecated: false },
  usersExportGlobalControlGroup: { method: 'post', path: '/users/export/global_control_group', permissions: ['users.export.global_control_group'], auth: 'permissions', tag: 'User export', deprecated: false },
  usersExportIds: { method: 'post', path: '/users/export/ids', permissions: ['users.export.ids'], auth: 'permissions', tag: 'User export', deprecated: false },
  usersExportSegment: { method: 'post', path: '/users/export/segment', permissions: ['users.export.segment'], auth: 'permissions', tag: 'User export', deprecated: false },
  usersExternalIdsRemove: { method: 'post', path: '/users/external_ids/remove', permissions: ['users.external_ids.remove'], auth: 'permissions', tag: 'Users', deprecated: false },
  usersExternalIdsRename: { method: 'post', path: '/users/external_ids/rename', permissions: ['users.external_ids.rename'], auth: 'permissions', tag: 'Users', deprecated: false },
  usersIdentify: { method: 'post', path: '/users/identify', permissions: ['users.identify'], auth: 'permissions', tag: 'Users', deprecated: false },
  usersMerge: { method: 'post', path: '/users/merge', permissions: ['users.merge'], auth: 'permissions', tag: 'Users', deprecated: false },
  usersSubscriptionDelete: { method: 'delete', path: '/users/subscription', permissions: ['subscription.status.set'], auth: 'permissions', tag: 'Email lists', deprecated: false },
  usersSubscriptionGet: { method: 'get', path: '/users/subscription', permissions: ['subscription.status.get'], auth: 'permissions', tag: 'Email lists', deprecated: false },
  usersTrack: { method: 'post', path: '/users/track', permissions: ['users.track'], auth: 'permissions', tag: 'Users', deprecated: false },
  usersTrackBulk: { method: 'post', path: '/users/track/bulk', permissions: ['users.track.bulk'], auth: 'permissions', tag: 'Users', deprecated: false },
  usersTrackSync: { method: 'post', path: '/users/track/sync', permissions: ['users.track.sync'], auth: 'permissions', tag: 'Users', deprecated: false },
  v2SubscriptionStatusSet: { method: 'post', path: '/v2/subscription/status/set', permissions: ['subscription.status.set'], auth: 'permissions', tag: 'Subscription groups', deprecated: false },
} as const satisfies Readonly<Record<string, OperationInfo>>;

/** An operationId of the spec. */
export type OperationId = keyof typeof OPERATIONS;
/** The operations a key holding exactly the permissions `P` may call: those whose every required permission is in `P`, plus those that need no credential; never those that need another credential (`auth: 'other'`). */
export type OperationsAllowedBy<P extends Permission> = { [K in OperationId]: (typeof OPERATIONS)[K]['auth'] extends 'other' ? never : [Exclude<(typeof OPERATIONS)[K]['permissions'][number], P>] extends [never] ? K : never }[OperationId];

/** The `TypeError` for an unknown operationId: a permission's operations when it is a permission name, else the closest operationId. */
function unknownOperationId(id: string): TypeError {
  const info: Readonly<Record<string, PermissionInfo>> = PERMISSION_INFO;
  return new TypeError(Object.hasOwn(info, id)
    ? `${JSON.stringify(id)} is a permission, not an operationId; its operations: ${info[id]!.operations.join(', ') || 'none'}`
    : `unknown operationId ${JSON.stringify(id)}${didYouMean(id, Object.keys(OPERATIONS))}`);
}

/** The least-privilege permission set for calling the given operations: every permission they require, deduplicated and sorted. Create the key with exactly these. An operation that needs another credential (`auth: 'other'`, e.g. a SCIM token) adds none: no permission-scoped key can call it. An unknown operationId (from untyped code) throws a `TypeError` naming it and the closest operationId, or, when it is a permission name, that permission's operations. */
export function permissionsFor(operationIds: readonly OperationId[]): Permission[] {
  const needed = new Set<Permission>();
  for (const id of operationIds) {
    if (!Object.hasOwn(OPERATIONS, id)) throw unknownOperationId(id);
    const operation: OperationInfo = OPERATIONS[id];
    for (const permission of operation.permissions) needed.add(permission);
  }

  return [...needed].sort();
}

/** The operations a key with these permissions may call (sorted): those whose every required permission is held, plus those that need no credential. Operations that need another credential (`auth: 'other'`, e.g. a SCIM token) are never included. An unknown permission (from untyped code) throws a `TypeError` naming it and the closest permission, or, for an operationId, what it needs. */
export function operationsAllowedBy(permissions: readonly Permission[]): OperationId[] {
  const operations: Readonly<Record<string, OperationInfo>> = OPERATIONS;
  for (const permission of permissions) {
    if (Object.hasOwn(PERMISSION_INFO, permission)) continue;
    const operation = Object.hasOwn(operations, permission) ? operations[permission] : undefined;
    throw new TypeError(operation
      ? `${JSON.stringify(permission)} is an operationId, not a permission; it needs: ${operation.permissions.join(', ') || 'none'}`
      : `unknown permission ${JSON.stringify(permission)}${didYouMean(permission, PERMISSIONS)}`);
  }

  const held = new Set<string>(permissions);
  const entries = Object.entries(OPERATIONS) as [OperationId, OperationInfo][];
  return entries
    .filter(([, operation]) => operation.auth !== 'other' && operation.permissions.every((permission) => held.has(permission)))
    .map(([id]) => id)
    .sort();
}
