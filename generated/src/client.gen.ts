// This file is generated: do not edit it by hand.
// Source: spec/openapi.yaml
// Regenerate: npm run generate

import { bindFacade, createClient as $createClient, type Allow, type Client, type ClientOptions, type OperationMethod, type OptionalInputMethod, type Paginated } from './runtime/index.js';
import { checkOptions as $checkOptions } from './runtime/options-check.js';
import { recordOperations as $recordOperations } from './runtime/record-permissions.js';
import { appsList, type AppsListInput, type AppsListResponse, appsPushCredentialUpdate, type AppsPushCredentialUpdateInput, type AppsPushCredentialUpdateResponse, campaignsDataSeries, type CampaignsDataSeriesInput, type CampaignsDataSeriesResponse, campaignsDetails, type CampaignsDetailsInput, type CampaignsDetailsResponse, campaignsDuplicate, type CampaignsDuplicateInput, type CampaignsDuplicateResponse, campaignsList, campaignsListAll, campaignsListPages, type CampaignsListInput, type CampaignsListResponse, campaignsTranslationsGet, type CampaignsTranslationsGetInput, type CampaignsTranslationsGetResponse, campaignsTranslationsSource, type CampaignsTranslationsSourceInput, type CampaignsTranslationsSourceResponse, campaignsTranslationsUpdate, type CampaignsTranslationsUpdateInput, type CampaignsTranslationsUpdateResponse, campaignsTriggerScheduleCreate, type CampaignsTriggerScheduleCreateInput, type CampaignsTriggerScheduleCreateResponse, campaignsTriggerScheduleDelete, type CampaignsTriggerScheduleDeleteInput, type CampaignsTriggerScheduleDeleteResponse, campaignsTriggerScheduleUpdate, type CampaignsTriggerScheduleUpdateInput, type CampaignsTriggerScheduleUpdateResponse, campaignsTriggerSend, type CampaignsTriggerSendInput, type CampaignsTriggerSendResponse, campaignsUrlInfoDetails, type CampaignsUrlInfoDetailsInput, type CampaignsUrlInfoDetailsResponse, canvasDataSeries, type CanvasDataSeriesInput, type CanvasDataSeriesResponse, canvasDataSummary, type CanvasDataSummaryInput, type CanvasDataSummaryResponse, canvasDetails, type CanvasDetailsInput, type CanvasDetailsResponse, canvasDuplicate, type CanvasDuplicateInput, type CanvasDuplicateResponse, canvasList, canvasListAll, canvasListPages, type CanvasListInput, type CanvasListResponse, canvasTranslationsGet, type CanvasTranslationsGetInput, type CanvasTranslationsGetResponse, canvasTranslationsSource, type CanvasTranslationsSourceInput, type CanvasTranslationsSourceResponse, canvasTranslationsUpdate, type CanvasTranslationsUpdateInput, type CanvasTranslationsUpdateResponse, canvasTriggerScheduleCreate, type CanvasTriggerScheduleCreateInput, type CanvasTriggerScheduleCreateResponse, canvasTriggerScheduleDelete, type CanvasTriggerScheduleDeleteInput, type CanvasTriggerScheduleDeleteResponse, canvasTriggerScheduleUpdate, type CanvasTriggerScheduleUpdateInput, type CanvasTriggerScheduleUpdateResponse, canvasTriggerSend, type CanvasTriggerSendInput, type CanvasTriggerSendResponse, canvasUrlInfoDetails, type CanvasUrlInfoDetailsInput, type CanvasUrlInfoDetailsResponse, catalogsCreate, type CatalogsCreateInput, type CatalogsCreateResponse, catalogsDelete, type CatalogsDeleteInput, type CatalogsDeleteResponse, catalogsFieldsCreate, type CatalogsFieldsCreateInput, type CatalogsFieldsCreateResponse, catalogsFieldsDelete, type CatalogsFieldsDeleteInput, type CatalogsFieldsDeleteResponse, catalogsItemsAddMany, type CatalogsItemsAddManyInput, type CatalogsItemsAddManyResponse, catalogsItemsCreate, type CatalogsItemsCreateInput, type CatalogsItemsCreateResponse, catalogsItemsDelete, type CatalogsItemsDeleteInput, type CatalogsItemsDeleteResponse, catalogsItemsDeleteMany, type CatalogsItemsDeleteManyInput, type CatalogsItemsDeleteManyResponse, catalogsItemsGet, type CatalogsItemsGetInput, type CatalogsItemsGetResponse, catalogsItemsList, catalogsItemsListAll, catalogsItemsListPages, type CatalogsItemsListInput, type CatalogsItemsListResponse, catalogsItemsReplace, type CatalogsItemsReplaceInput, type CatalogsItemsReplaceResponse, catalogsItemsReplaceMany, type CatalogsItemsReplaceManyInput, type CatalogsItemsReplaceManyResponse, catalogsItemsUpdate, type CatalogsItemsUpdateInput, type CatalogsItemsUpdateResponse, catalogsItemsUpdateMany, type CatalogsItemsUpdateManyInput, type CatalogsItemsUpdateManyResponse, catalogsList, catalogsListAll, catalogsListPages, type CatalogsListInput, type CatalogsListResponse, catalogsSelectionsCreate, type CatalogsSelectionsCreateInput, type CatalogsSelectionsCreateResponse, catalogsSelectionsDelete, type CatalogsSelectionsDeleteInput, type CatalogsSelectionsDeleteResponse, cdiIntegrationsJobSyncStatus, cdiIntegrationsJobSyncStatusAll, cdiIntegrationsJobSyncStatusPages, type CdiIntegrationsJobSyncStatusInput, type CdiIntegrationsJobSyncStatusResponse, cdiIntegrationsList, cdiIntegrationsListAll, cdiIntegrationsListPages, type CdiIntegrationsListInput, type CdiIntegrationsListResponse, cdiIntegrationsSync, type CdiIntegrationsSyncInput, type CdiIntegrationsSyncResponse, contentBlocksCreate, type ContentBlocksCreateInput, type ContentBlocksCreateResponse, contentBlocksInfo, type ContentBlocksInfoInput, type ContentBlocksInfoResponse, contentBlocksList, contentBlocksListAll, contentBlocksListPages, type ContentBlocksListInput, type ContentBlocksListResponse, contentBlocksTranslationsGet, type ContentBlocksTranslationsGetInput, type ContentBlocksTranslationsGetResponse, contentBlocksTranslationsSource, type ContentBlocksTranslationsSourceInput, type ContentBlocksTranslationsSourceResponse, contentBlocksTranslationsUpdate, type ContentBlocksTranslationsUpdateInput, type ContentBlocksTranslationsUpdateResponse, contentBlocksUpdate, type ContentBlocksUpdateInput, type ContentBlocksUpdateResponse, customAttributesGet, customAttributesGetAll, customAttributesGetPages, type CustomAttributesGetInput, type CustomAttributesGetResponse, customObjectsObjectRelationshipsCreate, type CustomObjectsObjectRelationshipsCreateInput, type CustomObjectsObjectRelationshipsCreateResponse, customObjectsObjectRelationshipsDelete, type CustomObjectsObjectRelationshipsDeleteInput, type CustomObjectsObjectRelationshipsDeleteResponse, customObjectsObjectRelationshipsList, customObjectsObjectRelationshipsListAll, customObjectsObjectRelationshipsListPages, type CustomObjectsObjectRelationshipsListInput, type CustomObjectsObjectRelationshipsListResponse, customObjectsObjectRelationshipsReplace, type CustomObjectsObjectRelationshipsReplaceInput, type CustomObjectsObjectRelationshipsReplaceResponse, customObjectsObjectRelationshipsUpdate, type CustomObjectsObjectRelationshipsUpdateInput, type CustomObjectsObjectRelationshipsUpdateResponse, customObjectsObjectsCreate, type CustomObjectsObjectsCreateInput, type CustomObjectsObjectsCreateResponse, customObjectsObjectsDelete, type CustomObjectsObjectsDeleteInput, type CustomObjectsObjectsDeleteResponse, customObjectsObjectsGet, type CustomObjectsObjectsGetInput, type CustomObjectsObjectsGetResponse, customObjectsObjectsList, customObjectsObjectsListAll, customObjectsObjectsListPages, type CustomObjectsObjectsListInput, type CustomObjectsObjectsListResponse, customObjectsObjectsReplace, type CustomObjectsObjectsReplaceInput, type CustomObjectsObjectsReplaceResponse, customObjectsObjectsUpdate, type CustomObjectsObjectsUpdateInput, type CustomObjectsObjectsUpdateResponse, customObjectsTypesGet, type CustomObjectsTypesGetInput, type CustomObjectsTypesGetResponse, customObjectsTypesList, customObjectsTypesListAll, customObjectsTypesListPages, type CustomObjectsTypesListInput, type CustomObjectsTypesListResponse, customObjectsTypesListObjectRelationshipTypes, customObjectsTypesListObjectRelationshipTypesAll, customObjectsTypesListObjectRelationshipTypesPages, type CustomObjectsTypesListObjectRelationshipTypesInput, type CustomObjectsTypesListObjectRelationshipTypesResponse, customObjectsTypesListUserRelationshipTypes, customObjectsTypesListUserRelationshipTypesAll, customObjectsTypesListUserRelationshipTypesPages, type CustomObjectsTypesListUserRelationshipTypesInput, type CustomObjectsTypesListUserRelationshipTypesResponse, customObjectsUserRelationshipsCreate, type CustomObjectsUserRelationshipsCreateInput, type CustomObjectsUserRelationshipsCreateResponse, customObjectsUserRelationshipsDelete, type CustomObjectsUserRelationshipsDeleteInput, type CustomObjectsUserRelationshipsDeleteResponse, customObjectsUserRelationshipsList, customObjectsUserRelationshipsListAll, customObjectsUserRelationshipsListPages, type CustomObjectsUserRelationshipsListInput, type CustomObjectsUserRelationshipsListResponse, customObjectsUserRelationshipsReplace, type CustomObjectsUserRelationshipsReplaceInput, type CustomObjectsUserRelationshipsReplaceResponse, customObjectsUserRelationshipsUpdate, type CustomObjectsUserRelationshipsUpdateInput, type CustomObjectsUserRelationshipsUpdateResponse, dataObjectsObjectRelationshipsBulkDelete, type DataObjectsObjectRelationshipsBulkDeleteInput, type DataObjectsObjectRelationshipsBulkDeleteResponse, dataObjectsObjectRelationshipsBulkUpsert, type DataObjectsObjectRelationshipsBulkUpsertInput, type DataObjectsObjectRelationshipsBulkUpsertResponse, dataObjectsObjectRelationshipsCreate, type DataObjectsObjectRelationshipsCreateInput, type DataObjectsObjectRelationshipsCreateResponse, dataObjectsObjectRelationshipsDelete, type DataObjectsObjectRelationshipsDeleteInput, type DataObjectsObjectRelationshipsDeleteResponse, dataObjectsObjectRelationshipsList, dataObjectsObjectRelationshipsListAll, dataObjectsObjectRelationshipsListPages, type DataObjectsObjectRelationshipsListInput, type DataObjectsObjectRelationshipsListResponse, dataObjectsObjectRelationshipsReplace, type DataObjectsObjectRelationshipsReplaceInput, type DataObjectsObjectRelationshipsReplaceResponse, dataObjectsObjectRelationshipsUpdate, type DataObjectsObjectRelationshipsUpdateInput, type DataObjectsObjectRelationshipsUpdateResponse, dataObjectsObjectsBulkDelete, type DataObjectsObjectsBulkDeleteInput, type DataObjectsObjectsBulkDeleteResponse, dataObjectsObjectsBulkUpsert, type DataObjectsObjectsBulkUpsertInput, type DataObjectsObjectsBulkUpsertResponse, dataObjectsObjectsCreate, type DataObjectsObjectsCreateInput, type DataObjectsObjectsCreateResponse, dataObjectsObjectsDelete, type DataObjectsObjectsDeleteInput, type DataObjectsObjectsDeleteResponse, dataObjectsObjectsGet, type DataObjectsObjectsGetInput, type DataObjectsObjectsGetResponse, dataObjectsObjectsList, dataObjectsObjectsListAll, dataObjectsObjectsListPages, type DataObjectsObjectsListInput, type DataObjectsObjectsListResponse, dataObjectsObjectsReplace, type DataObjectsObjectsReplaceInput, type DataObjectsObjectsReplaceResponse, dataObjectsObjectsUpdate, type DataObjectsObjectsUpdateInput, type DataObjectsObjectsUpdateResponse, dataObjectsTypesGet, type DataObjectsTypesGetInput, type DataObjectsTypesGetResponse, dataObjectsTypesList, dataObjectsTypesListAll, dataObjectsTypesListPages, type DataObjectsTypesListInput, type DataObjectsTypesListResponse, dataObjectsTypesListObjectRelationshipTypes, dataObjectsTypesListObjectRelationshipTypesAll, dataObjectsTypesListObjectRelationshipTypesPages, type DataObjectsTypesListObjectRelationshipTypesInput, type DataObjectsTypesListObjectRelationshipTypesResponse, dataObjectsTypesListUserRelationshipTypes, dataObjectsTypesListUserRelationshipTypesAll, dataObjectsTypesListUserRelationshipTypesPages, type DataObjectsTypesListUserRelationshipTypesInput, type DataObjectsTypesListUserRelationshipTypesResponse, dataObjectsUserRelationshipsBulkDelete, type DataObjectsUserRelationshipsBulkDeleteInput, type DataObjectsUserRelationshipsBulkDeleteResponse, dataObjectsUserRelationshipsBulkUpsert, type DataObjectsUserRelationshipsBulkUpsertInput, type DataObjectsUserRelationshipsBulkUpsertResponse, dataObjectsUserRelationshipsCreate, type DataObjectsUserRelationshipsCreateInput, type DataObjectsUserRelationshipsCreateResponse, dataObjectsUserRelationshipsDelete, type DataObjectsUserRelationshipsDeleteInput, type DataObjectsUserRelationshipsDeleteResponse, dataObjectsUserRelationshipsList, dataObjectsUserRelationshipsListAll, dataObjectsUserRelationshipsListPages, type DataObjectsUserRelationshipsListInput, type DataObjectsUserRelationshipsListResponse, dataObjectsUserRelationshipsReplace, type DataObjectsUserRelationshipsReplaceInput, type DataObjectsUserRelationshipsReplaceResponse, dataObjectsUserRelationshipsUpdate, type DataObjectsUserRelationshipsUpdateInput, type DataObjectsUserRelationshipsUpdateResponse, deviceMessagingBannersSync, type DeviceMessagingBannersSyncInput, type DeviceMessagingBannersSyncResponse, deviceMessagingBannersTrack, type DeviceMessagingBannersTrackInput, type DeviceMessagingBannersTrackResponse, emailBlacklist, type EmailBlacklistInput, type EmailBlacklistResponse, emailBlocklist, type EmailBlocklistInput, type EmailBlocklistResponse, emailBounceRemove, type EmailBounceRemoveInput, type EmailBounceRemoveResponse, emailHardBounces, emailHardBouncesAll, emailHardBouncesPages, type EmailHardBouncesInput, type EmailHardBouncesResponse, emailSpamRemove, type EmailSpamRemoveInput, type EmailSpamRemoveResponse, emailStatus, type EmailStatusInput, type EmailStatusResponse, emailUnsubscribes, emailUnsubscribesAll, emailUnsubscribesPages, type EmailUnsubscribesInput, type EmailUnsubscribesResponse, eventsDataSeries, type EventsDataSeriesInput, type EventsDataSeriesResponse, eventsGet, eventsGetAll, eventsGetPages, type EventsGetInput, type EventsGetResponse, eventsList, eventsListAll, eventsListPages, type EventsListInput, type EventsListResponse, exportSegmentCancel, type ExportSegmentCancelInput, type ExportSegmentCancelResponse, feedDataSeries, type FeedDataSeriesInput, type FeedDataSeriesResponse, feedDetails, type FeedDetailsInput, type FeedDetailsResponse, feedList, feedListAll, feedListPages, type FeedListInput, type FeedListResponse, kpiDauDataSeries, type KpiDauDataSeriesInput, type KpiDauDataSeriesResponse, kpiMauDataSeries, type KpiMauDataSeriesInput, type KpiMauDataSeriesResponse, kpiNewUsersDataSeries, type KpiNewUsersDataSeriesInput, type KpiNewUsersDataSeriesResponse, kpiUninstallsDataSeries, type KpiUninstallsDataSeriesInput, type KpiUninstallsDataSeriesResponse, mediaLibraryCreate, type MediaLibraryCreateInput, type MediaLibraryCreateResponse, mediaLibraryReplaceFile, type MediaLibraryReplaceFileInput, type MediaLibraryReplaceFileResponse, messagesLiveActivityStart, type MessagesLiveActivityStartInput, type MessagesLiveActivityStartResponse, messagesLiveActivityUpdate, type MessagesLiveActivityUpdateInput, type MessagesLiveActivityUpdateResponse, messagesScheduleCreate, type MessagesScheduleCreateInput, type MessagesScheduleCreateResponse, messagesScheduleDelete, type MessagesScheduleDeleteInput, type MessagesScheduleDeleteResponse, messagesScheduleUpdate, type MessagesScheduleUpdateInput, type MessagesScheduleUpdateResponse, messagesScheduledBroadcasts, type MessagesScheduledBroadcastsInput, type MessagesScheduledBroadcastsResponse, messagesSend, type MessagesSendInput, type MessagesSendResponse, preferenceCenterCreate, type PreferenceCenterCreateInput, type PreferenceCenterCreateResponse, preferenceCenterGet, type PreferenceCenterGetInput, type PreferenceCenterGetResponse, preferenceCenterList, type PreferenceCenterListInput, type PreferenceCenterListResponse, preferenceCenterUpdate, type PreferenceCenterUpdateInput, type PreferenceCenterUpdateResponse, preferenceCenterUserUrl, type PreferenceCenterUserUrlInput, type PreferenceCenterUserUrlResponse, purchasesProductList, purchasesProductListAll, purchasesProductListPages, type PurchasesProductListInput, type PurchasesProductListResponse, purchasesQuantitySeries, type PurchasesQuantitySeriesInput, type PurchasesQuantitySeriesResponse, purchasesRevenueSeries, type PurchasesRevenueSeriesInput, type PurchasesRevenueSeriesResponse, scimUsersCreate, type ScimUsersCreateInput, type ScimUsersCreateResponse, scimUsersDelete, type ScimUsersDeleteInput, type ScimUsersDeleteResponse, scimUsersGet, type ScimUsersGetInput, type ScimUsersGetResponse, scimUsersReplace, type ScimUsersReplaceInput, type ScimUsersReplaceResponse, scimUsersSearch, type ScimUsersSearchInput, type ScimUsersSearchResponse, sdkAuthenticationKeysCreate, type SdkAuthenticationKeysCreateInput, type SdkAuthenticationKeysCreateResponse, sdkAuthenticationKeysDelete, type SdkAuthenticationKeysDeleteInput, type SdkAuthenticationKeysDeleteResponse, sdkAuthenticationKeysList, type SdkAuthenticationKeysListInput, type SdkAuthenticationKeysListResponse, sdkAuthenticationKeysSetPrimary, type SdkAuthenticationKeysSetPrimaryInput, type SdkAuthenticationKeysSetPrimaryResponse, segmentsDataSeries, type SegmentsDataSeriesInput, type SegmentsDataSeriesResponse, segmentsDetails, type SegmentsDetailsInput, type SegmentsDetailsResponse, segmentsList, segmentsListAll, segmentsListPages, type SegmentsListInput, type SegmentsListResponse, sendsDataSeries, type SendsDataSeriesInput, type SendsDataSeriesResponse, sendsIdCreate, type SendsIdCreateInput, type SendsIdCreateResponse, sessionsDataSeries, type SessionsDataSeriesInput, type SessionsDataSeriesResponse, smsInvalidPhoneNumbersList, smsInvalidPhoneNumbersListAll, smsInvalidPhoneNumbersListPages, type SmsInvalidPhoneNumbersListInput, type SmsInvalidPhoneNumbersListResponse, smsInvalidPhoneNumbersRemove, type SmsInvalidPhoneNumbersRemoveInput, type SmsInvalidPhoneNumbersRemoveResponse, subscriptionStatusGet, type SubscriptionStatusGetInput, type SubscriptionStatusGetResponse, subscriptionStatusSet, type SubscriptionStatusSetInput, type SubscriptionStatusSetResponse, subscriptionUserStatus, subscriptionUserStatusAll, subscriptionUserStatusPages, type SubscriptionUserStatusInput, type SubscriptionUserStatusResponse, templatesEmailCreate, type TemplatesEmailCreateInput, type TemplatesEmailCreateResponse, templatesEmailInfo, type TemplatesEmailInfoInput, type TemplatesEmailInfoResponse, templatesEmailList, templatesEmailListAll, templatesEmailListPages, type TemplatesEmailListInput, type TemplatesEmailListResponse, templatesEmailTranslationsGet, type TemplatesEmailTranslationsGetInput, type TemplatesEmailTranslationsGetResponse, templatesEmailTranslationsSource, type TemplatesEmailTranslationsSourceInput, type TemplatesEmailTranslationsSourceResponse, templatesEmailTranslationsUpdate, type TemplatesEmailTranslationsUpdateInput, type TemplatesEmailTranslationsUpdateResponse, templatesEmailUpdate, type TemplatesEmailUpdateInput, type TemplatesEmailUpdateResponse, templatesTranslationsEmail, type TemplatesTranslationsEmailInput, type TemplatesTranslationsEmailResponse, templatesWebhookTranslationsGet, type TemplatesWebhookTranslationsGetInput, type TemplatesWebhookTranslationsGetResponse, templatesWebhookTranslationsSource, type TemplatesWebhookTranslationsSourceInput, type TemplatesWebhookTranslationsSourceResponse, templatesWebhookTranslationsUpdate, type TemplatesWebhookTranslationsUpdateInput, type TemplatesWebhookTranslationsUpdateResponse, transactionalSend, type TransactionalSendInput, type TransactionalSendResponse, usersAliasNew, type UsersAliasNewInput, type UsersAliasNewResponse, usersAliasUpdate, type UsersAliasUpdateInput, type UsersAliasUpdateResponse, usersDelete, type UsersDeleteInput, type UsersDeleteResponse, usersExportGlobalControlGroup, type UsersExportGlobalControlGroupInput, type UsersExportGlobalControlGroupResponse, usersExportIds, type UsersExportIdsInput, type UsersExportIdsResponse, usersExportSegment, type UsersExportSegmentInput, type UsersExportSegmentResponse, usersExternalIdsRemove, type UsersExternalIdsRemoveInput, type UsersExternalIdsRemoveResponse, usersExternalIdsRename, type UsersExternalIdsRenameInput, type UsersExternalIdsRenameResponse, usersIdentify, type UsersIdentifyInput, type UsersIdentifyResponse, usersMerge, type UsersMergeInput, type UsersMergeResponse, usersSubscriptionDelete, type UsersSubscriptionDeleteInput, type UsersSubscriptionDeleteResponse, usersSubscriptionGet, type UsersSubscriptionGetInput, type UsersSubscriptionGetResponse, usersTrack, type UsersTrackInput, type UsersTrackResponse, usersTrackBulk, type UsersTrackBulkInput, type UsersTrackBulkResponse, usersTrackSync, type UsersTrackSyncInput, type UsersTrackSyncResponse, v2SubscriptionStatusSet, type V2SubscriptionStatusSetInput, type V2SubscriptionStatusSetResponse } from './operations.gen.js';
import { PERMISSIONS, type Permission, type OperationId } from './permissions.gen.js';
export * from './operations.gen.js';
export { BrazeApiError, BrazeAuthenticationError, BrazeBadRequestError, BrazeConfigError, BrazeConnectionError, BrazeError, BrazeNotFoundError, BrazePermissionDeniedError, BrazePermissionError, BrazeRateLimitError, BrazeRedirectError, BrazeResponseError, BrazeServerError, BrazeTimeoutError, nextLink, paginate, request, type ApiResponse, type CallInfo, type Client, type ClientOptions, type Clock, type Hooks, type OperationDescriptor, type RateLimit, type RequestOptions } from './runtime/index.js';
export { consoleLogger, type LoggerOptions, type LogLevel } from './runtime/logger.js';
/** Starts recording `client`'s requests and returns the live set of the operationIds it sent (a retried request counts once; a call refused before sending is not recorded), so a test can check `permissionsFor([...recordOperations(client)])` against the audit. Typed with this API's `OperationId`: the client sends no other. */
export const recordOperations = $recordOperations as (client: Client<never>) => ReadonlySet<OperationId>;
/** The named REST instances and their base URLs (`instance: 'US-01'`). */
export const INSTANCES = { 'US-01': 'https://rest.iad-01.braze.com', 'US-02': 'https://rest.iad-02.braze.com', 'US-03': 'https://rest.iad-03.braze.com', 'US-04': 'https://rest.iad-04.braze.com', 'US-05': 'https://rest.iad-05.braze.com', 'US-06': 'https://rest.iad-06.braze.com', 'US-07': 'https://rest.iad-07.braze.com', 'US-08': 'https://rest.iad-08.braze.com', 'US-10': 'https://rest.us-10.braze.com', 'EU-01': 'https://rest.fra-01.braze.eu', 'EU-02': 'https://rest.fra-02.braze.eu', 'AU-01': 'https://rest.au-01.braze.com', 'ID-01': 'https://rest.id-01.braze.com', 'JP-01': 'https://rest.jp-01.braze.com', 'KR-01': 'https://rest.kr-01.braze.com' } as const;
/** A named REST instance. */
export type Instance = keyof typeof INSTANCES;

/** Client options, with the instance and permission names of this API. */
export interface BrazeClientOptions<P extends readonly Permission[] = readonly Permission[]> extends Omit<ClientOptions, 'instance' | 'permissions'> {
  /** The instance your dashboard belongs to; a key works only on its own instance. */
  instance?: Instance;
  /** The permissions the key holds: the client then only offers, and only sends, what they allow. */
  permissions?: P;
}

/** Stands for a credential other than a permission-scoped API key (such as a SCIM token). Operations that need one are on clients created without `permissions` only. */
export type OtherCredential = '(other credential)';
/** What a client created with permissions `P` holds: exactly those, or (when none were declared) every permission and any other credential. */
type Held<P extends readonly Permission[]> = readonly Permission[] extends P ? P[number] | OtherCredential : P[number];

/** Every operation of the client, whatever the key's permissions. */
export interface BrazeMethods<P extends string> {
  /**
   * The operations of `apps`.
   *
   * @operationGroup braze-rest-client
   */
  readonly apps: AppsApi<P>;
  /**
   * The operations of `campaigns`.
   *
   * @operationGroup braze-rest-client
   */
  readonly campaigns: CampaignsApi<P>;
  /**
   * The operations of `canvas`.
   *
   * @operationGroup braze-rest-client
   */
  readonly canvas: CanvasApi<P>;
  /**
   * The operations of `catalogs`.
   *
   * @operationGroup braze-rest-client
   */
  readonly catalogs: CatalogsApi<P>;
  /**
   * The operations of `cdi`.
   *
   * @operationGroup braze-rest-client
   */
  readonly cdi: CdiApi<P>;
  /**
   * The operations of `contentBlocks`.
   *
   * @operationGroup braze-rest-client
   */
  readonly contentBlocks: ContentBlocksApi<P>;
  /**
   * The operations of `customAttributes`.
   *
   * @operationGroup braze-rest-client
   */
  readonly customAttributes: CustomAttributesApi<P>;
  /**
   * The operations of `customObjects`.
   *
   * @operationGroup braze-rest-client
   */
  readonly customObjects: CustomObjectsApi<P>;
  /**
   * The operations of `dataObjects`.
   *
   * @operationGroup braze-rest-client
   */
  readonly dataObjects: DataObjectsApi<P>;
  /**
   * The operations of `deviceMessaging`.
   *
   * @operationGroup braze-rest-client
   */
  readonly deviceMessaging: DeviceMessagingApi<P>;
  /**
   * The operations of `email`.
   *
   * @operationGroup braze-rest-client
   */
  readonly email: EmailApi<P>;
  /**
   * The operations of `events`.
   *
   * @operationGroup braze-rest-client
   */
  readonly events: EventsApi<P>;
  /**
   * The operations of `export`.
   *
   * @operationGroup braze-rest-client
   */
  readonly export: _exportApi<P>;
  /**
   * The operations of `feed`.
   *
   * @operationGroup braze-rest-client
   */
  readonly feed: FeedApi<P>;
  /**
   * The operations of `kpi`.
   *
   * @operationGroup braze-rest-client
   */
  readonly kpi: KpiApi<P>;
  /**
   * The operations of `mediaLibrary`.
   *
   * @operationGroup braze-rest-client
   */
  readonly mediaLibrary: MediaLibraryApi<P>;
  /**
   * The operations of `messages`.
   *
   * @operationGroup braze-rest-client
   */
  readonly messages: MessagesApi<P>;
  /**
   * The operations of `preferenceCenter`.
   *
   * @operationGroup braze-rest-client
   */
  readonly preferenceCenter: PreferenceCenterApi<P>;
  /**
   * The operations of `purchases`.
   *
   * @operationGroup braze-rest-client
   */
  readonly purchases: PurchasesApi<P>;
  /**
   * The operations of `scim`.
   *
   * @operationGroup braze-rest-client
   */
  readonly scim: ScimApi<P>;
  /**
   * The operations of `sdkAuthentication`.
   *
   * @operationGroup braze-rest-client
   */
  readonly sdkAuthentication: SdkAuthenticationApi<P>;
  /**
   * The operations of `segments`.
   *
   * @operationGroup braze-rest-client
   */
  readonly segments: SegmentsApi<P>;
  /**
   * The operations of `sends`.
   *
   * @operationGroup braze-rest-client
   */
  readonly sends: SendsApi<P>;
  /**
   * The operations of `sessions`.
   *
   * @operationGroup braze-rest-client
   */
  readonly sessions: SessionsApi<P>;
  /**
   * The operations of `sms`.
   *
   * @operationGroup braze-rest-client
   */
  readonly sms: SmsApi<P>;
  /**
   * The operations of `subscription`.
   *
   * @operationGroup braze-rest-client
   */
  readonly subscription: SubscriptionApi<P>;
  /**
   * The operations of `templates`.
   *
   * @operationGroup braze-rest-client
   */
  readonly templates: TemplatesApi<P>;
  /**
   * The operations of `transactional`.
   *
   * @operationGroup braze-rest-client
   */
  readonly transactional: TransactionalApi<P>;
  /**
   * The operations of `users`.
   *
   * @operationGroup braze-rest-client
   */
  readonly users: UsersApi<P>;
  /**
   * The operations of `v2`.
   *
   * @operationGroup braze-rest-client
   */
  readonly v2: V2Api<P>;
}

/** The permissions each operation of the client needs. */
export interface BrazeNeeds {
}

/** The operations of the client a client holding permissions `P` may call. */
export type BrazeApi<P extends string> = Allow<BrazeMethods<P>, BrazeNeeds, P>;

/** Every operation of `apps`, whatever the key's permissions. */
export interface AppsMethods<P extends string> {
  /**
   * The operations of `apps.pushCredential`.
   *
   * @operationGroup braze-rest-client
   */
  readonly pushCredential: AppsPushCredentialApi<P>;
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
  readonly list: OptionalInputMethod<AppsListInput, AppsListResponse>;
}

/** The permissions each operation of `apps` needs. */
export interface AppsNeeds {
  list: 'apps.get';
}

/** The operations of `apps` a client holding permissions `P` may call. */
export type AppsApi<P extends string> = Allow<AppsMethods<P>, AppsNeeds, P>;

/** Every operation of `apps.pushCredential`, whatever the key's permissions. */
export interface AppsPushCredentialMethods<P extends string> {
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
  readonly update: OperationMethod<AppsPushCredentialUpdateInput, AppsPushCredentialUpdateResponse>;
}

/** The permissions each operation of `apps.pushCredential` needs. */
export interface AppsPushCredentialNeeds {
  update: 'apps.push_credential';
}

/** The operations of `apps.pushCredential` a client holding permissions `P` may call. */
export type AppsPushCredentialApi<P extends string> = Allow<AppsPushCredentialMethods<P>, AppsPushCredentialNeeds, P>;

/** Every operation of `campaigns`, whatever the key's permissions. */
export interface CampaignsMethods<P extends string> {
  /**
   * The operations of `campaigns.translations`.
   *
   * @operationGroup braze-rest-client
   */
  readonly translations: CampaignsTranslationsApi<P>;
  /**
   * The operations of `campaigns.trigger`.
   *
   * @operationGroup braze-rest-client
   */
  readonly trigger: CampaignsTriggerApi<P>;
  /**
   * The operations of `campaigns.urlInfo`.
   *
   * @operationGroup braze-rest-client
   */
  readonly urlInfo: CampaignsUrlInfoApi<P>;
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
  readonly dataSeries: OperationMethod<CampaignsDataSeriesInput, CampaignsDataSeriesResponse>;
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
  readonly details: OperationMethod<CampaignsDetailsInput, CampaignsDetailsResponse>;
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
  readonly duplicate: OperationMethod<CampaignsDuplicateInput, CampaignsDuplicateResponse>;
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
  readonly list: OptionalInputMethod<CampaignsListInput, CampaignsListResponse> & Paginated<CampaignsListInput, CampaignsListResponse, 'campaigns'>;
}

/** The permissions each operation of `campaigns` needs. */
export interface CampaignsNeeds {
  dataSeries: 'campaigns.data_series';
  details: 'campaigns.details';
  duplicate: 'campaigns.duplicate';
  list: 'campaigns.list';
}

/** The operations of `campaigns` a client holding permissions `P` may call. */
export type CampaignsApi<P extends string> = Allow<CampaignsMethods<P>, CampaignsNeeds, P>;

/** Every operation of `campaigns.translations`, whatever the key's permissions. */
export interface CampaignsTranslationsMethods<P extends string> {
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
  readonly get: OperationMethod<CampaignsTranslationsGetInput, CampaignsTranslationsGetResponse>;
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
  readonly source: OperationMethod<CampaignsTranslationsSourceInput, CampaignsTranslationsSourceResponse>;
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
  readonly update: OperationMethod<CampaignsTranslationsUpdateInput, CampaignsTranslationsUpdateResponse>;
}

/** The permissions each operation of `campaigns.translations` needs. */
export interface CampaignsTranslationsNeeds {
  get: 'campaigns.translations.get';
  source: 'campaigns.translations.get';
  update: 'campaigns.translations.update';
}

/** The operations of `campaigns.translations` a client holding permissions `P` may call. */
export type CampaignsTranslationsApi<P extends string> = Allow<CampaignsTranslationsMethods<P>, CampaignsTranslationsNeeds, P>;

/** Every operation of `campaigns.trigger`, whatever the key's permissions. */
export interface CampaignsTriggerMethods<P extends string> {
  /**
   * The operations of `campaigns.trigger.schedule`.
   *
   * @operationGroup braze-rest-client
   */
  readonly schedule: CampaignsTriggerScheduleApi<P>;
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
  readonly send: OperationMethod<CampaignsTriggerSendInput, CampaignsTriggerSendResponse>;
}

/** The permissions each operation of `campaigns.trigger` needs. */
export interface CampaignsTriggerNeeds {
  send: 'campaigns.trigger.send';
}

/** The operations of `campaigns.trigger` a client holding permissions `P` may call. */
export type CampaignsTriggerApi<P extends string> = Allow<CampaignsTriggerMethods<P>, CampaignsTriggerNeeds, P>;

/** Every operation of `campaigns.trigger.schedule`, whatever the key's permissions. */
export interface CampaignsTriggerScheduleMethods<P extends string> {
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
  readonly create: OperationMethod<CampaignsTriggerScheduleCreateInput, CampaignsTriggerScheduleCreateResponse>;
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
  readonly delete: OperationMethod<CampaignsTriggerScheduleDeleteInput, CampaignsTriggerScheduleDeleteResponse>;
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
  readonly update: OperationMethod<CampaignsTriggerScheduleUpdateInput, CampaignsTriggerScheduleUpdateResponse>;
}

/** The permissions each operation of `campaigns.trigger.schedule` needs. */
export interface CampaignsTriggerScheduleNeeds {
  create: 'campaigns.trigger.schedule.create';
  delete: 'campaigns.trigger.schedule.delete';
  update: 'campaigns.trigger.schedule.update';
}

/** The operations of `campaigns.trigger.schedule` a client holding permissions `P` may call. */
export type CampaignsTriggerScheduleApi<P extends string> = Allow<CampaignsTriggerScheduleMethods<P>, CampaignsTriggerScheduleNeeds, P>;

/** Every operation of `campaigns.urlInfo`, whatever the key's permissions. */
export interface CampaignsUrlInfoMethods<P extends string> {
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
  readonly details: OperationMethod<CampaignsUrlInfoDetailsInput, CampaignsUrlInfoDetailsResponse>;
}

/** The permissions each operation of `campaigns.urlInfo` needs. */
export interface CampaignsUrlInfoNeeds {
  details: 'campaigns.url_info.details';
}

/** The operations of `campaigns.urlInfo` a client holding permissions `P` may call. */
export type CampaignsUrlInfoApi<P extends string> = Allow<CampaignsUrlInfoMethods<P>, CampaignsUrlInfoNeeds, P>;

/** Every operation of `canvas`, whatever the key's permissions. */
export interface CanvasMethods<P extends string> {
  /**
   * The operations of `canvas.translations`.
   *
   * @operationGroup braze-rest-client
   */
  readonly translations: CanvasTranslationsApi<P>;
  /**
   * The operations of `canvas.trigger`.
   *
   * @operationGroup braze-rest-client
   */
  readonly trigger: CanvasTriggerApi<P>;
  /**
   * The operations of `canvas.urlInfo`.
   *
   * @operationGroup braze-rest-client
   */
  readonly urlInfo: CanvasUrlInfoApi<P>;
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
  readonly dataSeries: OperationMethod<CanvasDataSeriesInput, CanvasDataSeriesResponse>;
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
  readonly dataSummary: OperationMethod<CanvasDataSummaryInput, CanvasDataSummaryResponse>;
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
  readonly details: OperationMethod<CanvasDetailsInput, CanvasDetailsResponse>;
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
  readonly duplicate: OperationMethod<CanvasDuplicateInput, CanvasDuplicateResponse>;
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
  readonly list: OptionalInputMethod<CanvasListInput, CanvasListResponse> & Paginated<CanvasListInput, CanvasListResponse, 'canvases'>;
}

/** The permissions each operation of `canvas` needs. */
export interface CanvasNeeds {
  dataSeries: 'canvas.data_series';
  dataSummary: 'canvas.data_summary';
  details: 'canvas.details';
  duplicate: 'canvas.duplicate';
  list: 'canvas.list';
}

/** The operations of `canvas` a client holding permissions `P` may call. */
export type CanvasApi<P extends string> = Allow<CanvasMethods<P>, CanvasNeeds, P>;

/** Every operation of `canvas.translations`, whatever the key's permissions. */
export interface CanvasTranslationsMethods<P extends string> {
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
  readonly get: OperationMethod<CanvasTranslationsGetInput, CanvasTranslationsGetResponse>;
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
  readonly source: OperationMethod<CanvasTranslationsSourceInput, CanvasTranslationsSourceResponse>;
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
  readonly update: OperationMethod<CanvasTranslationsUpdateInput, CanvasTranslationsUpdateResponse>;
}

/** The permissions each operation of `canvas.translations` needs. */
export interface CanvasTranslationsNeeds {
  get: 'canvas.translations.get';
  source: 'canvas.translations.get';
  update: 'canvas.translations.update';
}

/** The operations of `canvas.translations` a client holding permissions `P` may call. */
export type CanvasTranslationsApi<P extends string> = Allow<CanvasTranslationsMethods<P>, CanvasTranslationsNeeds, P>;

/** Every operation of `canvas.trigger`, whatever the key's permissions. */
export interface CanvasTriggerMethods<P extends string> {
  /**
   * The operations of `canvas.trigger.schedule`.
   *
   * @operationGroup braze-rest-client
   */
  readonly schedule: CanvasTriggerScheduleApi<P>;
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
  readonly send: OperationMethod<CanvasTriggerSendInput, CanvasTriggerSendResponse>;
}

/** The permissions each operation of `canvas.trigger` needs. */
export interface CanvasTriggerNeeds {
  send: 'canvas.trigger.send';
}

/** The operations of `canvas.trigger` a client holding permissions `P` may call. */
export type CanvasTriggerApi<P extends string> = Allow<CanvasTriggerMethods<P>, CanvasTriggerNeeds, P>;

/** Every operation of `canvas.trigger.schedule`, whatever the key's permissions. */
export interface CanvasTriggerScheduleMethods<P extends string> {
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
  readonly create: OperationMethod<CanvasTriggerScheduleCreateInput, CanvasTriggerScheduleCreateResponse>;
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
  readonly delete: OperationMethod<CanvasTriggerScheduleDeleteInput, CanvasTriggerScheduleDeleteResponse>;
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
  readonly update: OperationMethod<CanvasTriggerScheduleUpdateInput, CanvasTriggerScheduleUpdateResponse>;
}

/** The permissions each operation of `canvas.trigger.schedule` needs. */
export interface CanvasTriggerScheduleNeeds {
  create: 'canvas.trigger.schedule.create';
  delete: 'canvas.trigger.schedule.delete';
  update: 'canvas.trigger.schedule.update';
}

/** The operations of `canvas.trigger.schedule` a client holding permissions `P` may call. */
export type CanvasTriggerScheduleApi<P extends string> = Allow<CanvasTriggerScheduleMethods<P>, CanvasTriggerScheduleNeeds, P>;

/** Every operation of `canvas.urlInfo`, whatever the key's permissions. */
export interface CanvasUrlInfoMethods<P extends string> {
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
  readonly details: OperationMethod<CanvasUrlInfoDetailsInput, CanvasUrlInfoDetailsResponse>;
}

/** The permissions each operation of `canvas.urlInfo` needs. */
export interface CanvasUrlInfoNeeds {
  details: 'canvas.url_info.details';
}

/** The operations of `canvas.urlInfo` a client holding permissions `P` may call. */
export type CanvasUrlInfoApi<P extends string> = Allow<CanvasUrlInfoMethods<P>, CanvasUrlInfoNeeds, P>;

/** Every operation of `catalogs`, whatever the key's permissions. */
export interface CatalogsMethods<P extends string> {
  /**
   * The operations of `catalogs.fields`.
   *
   * @operationGroup braze-rest-client
   */
  readonly fields: CatalogsFieldsApi<P>;
  /**
   * The operations of `catalogs.items`.
   *
   * @operationGroup braze-rest-client
   */
  readonly items: CatalogsItemsApi<P>;
  /**
   * The operations of `catalogs.selections`.
   *
   * @operationGroup braze-rest-client
   */
  readonly selections: CatalogsSelectionsApi<P>;
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
  readonly create: OperationMethod<CatalogsCreateInput, CatalogsCreateResponse>;
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
  readonly delete: OperationMethod<CatalogsDeleteInput, CatalogsDeleteResponse>;
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
  readonly list: OptionalInputMethod<CatalogsListInput, CatalogsListResponse> & Paginated<CatalogsListInput, CatalogsListResponse, 'catalogs'>;
}

/** The permissions each operation of `catalogs` needs. */
export interface CatalogsNeeds {
  create: 'catalogs.create';
  delete: 'catalogs.delete';
  list: 'catalogs.get';
}

/** The operations of `catalogs` a client holding permissions `P` may call. */
export type CatalogsApi<P extends string> = Allow<CatalogsMethods<P>, CatalogsNeeds, P>;

/** Every operation of `catalogs.fields`, whatever the key's permissions. */
export interface CatalogsFieldsMethods<P extends string> {
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
  readonly create: OperationMethod<CatalogsFieldsCreateInput, CatalogsFieldsCreateResponse>;
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
  readonly delete: OperationMethod<CatalogsFieldsDeleteInput, CatalogsFieldsDeleteResponse>;
}

/** The permissions each operation of `catalogs.fields` needs. */
export interface CatalogsFieldsNeeds {
  create: 'catalogs.create_fields';
  delete: 'catalogs.delete_fields';
}

/** The operations of `catalogs.fields` a client holding permissions `P` may call. */
export type CatalogsFieldsApi<P extends string> = Allow<CatalogsFieldsMethods<P>, CatalogsFieldsNeeds, P>;

/** Every operation of `catalogs.items`, whatever the key's permissions. */
export interface CatalogsItemsMethods<P extends string> {
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
  readonly addMany: OperationMethod<CatalogsItemsAddManyInput, CatalogsItemsAddManyResponse>;
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
  readonly create: OperationMethod<CatalogsItemsCreateInput, CatalogsItemsCreateResponse>;
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
  readonly delete: OperationMethod<CatalogsItemsDeleteInput, CatalogsItemsDeleteResponse>;
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
  readonly deleteMany: OperationMethod<CatalogsItemsDeleteManyInput, CatalogsItemsDeleteManyResponse>;
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
  readonly get: OperationMethod<CatalogsItemsGetInput, CatalogsItemsGetResponse>;
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
  readonly list: OperationMethod<CatalogsItemsListInput, CatalogsItemsListResponse> & Paginated<CatalogsItemsListInput, CatalogsItemsListResponse, 'items'>;
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
  readonly replace: OperationMethod<CatalogsItemsReplaceInput, CatalogsItemsReplaceResponse>;
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
  readonly replaceMany: OperationMethod<CatalogsItemsReplaceManyInput, CatalogsItemsReplaceManyResponse>;
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
  readonly update: OperationMethod<CatalogsItemsUpdateInput, CatalogsItemsUpdateResponse>;
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
  readonly updateMany: OperationMethod<CatalogsItemsUpdateManyInput, CatalogsItemsUpdateManyResponse>;
}

/** The permissions each operation of `catalogs.items` needs. */
export interface CatalogsItemsNeeds {
  addMany: 'catalogs.add_items';
  create: 'catalogs.create_item';
  delete: 'catalogs.delete_item';
  deleteMany: 'catalogs.delete_items';
  get: 'catalogs.get_item';
  list: 'catalogs.get_items';
  replace: 'catalogs.replace_item';
  replaceMany: 'catalogs.replace_items';
  update: 'catalogs.update_item';
  updateMany: 'catalogs.update_items';
}

/** The operations of `catalogs.items` a client holding permissions `P` may call. */
export type CatalogsItemsApi<P extends string> = Allow<CatalogsItemsMethods<P>, CatalogsItemsNeeds, P>;

/** Every operation of `catalogs.selections`, whatever the key's permissions. */
export interface CatalogsSelectionsMethods<P extends string> {
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
  readonly create: OperationMethod<CatalogsSelectionsCreateInput, CatalogsSelectionsCreateResponse>;
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
  readonly delete: OperationMethod<CatalogsSelectionsDeleteInput, CatalogsSelectionsDeleteResponse>;
}

/** The permissions each operation of `catalogs.selections` needs. */
export interface CatalogsSelectionsNeeds {
  create: 'catalogs.create_selection';
  delete: 'catalogs.delete_selection';
}

/** The operations of `catalogs.selections` a client holding permissions `P` may call. */
export type CatalogsSelectionsApi<P extends string> = Allow<CatalogsSelectionsMethods<P>, CatalogsSelectionsNeeds, P>;

/** Every operation of `cdi`, whatever the key's permissions. */
export interface CdiMethods<P extends string> {
  /**
   * The operations of `cdi.integrations`.
   *
   * @operationGroup braze-rest-client
   */
  readonly integrations: CdiIntegrationsApi<P>;
}

/** The permissions each operation of `cdi` needs. */
export interface CdiNeeds {
}

/** The operations of `cdi` a client holding permissions `P` may call. */
export type CdiApi<P extends string> = Allow<CdiMethods<P>, CdiNeeds, P>;

/** Every operation of `cdi.integrations`, whatever the key's permissions. */
export interface CdiIntegrationsMethods<P extends string> {
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
  readonly jobSyncStatus: OperationMethod<CdiIntegrationsJobSyncStatusInput, CdiIntegrationsJobSyncStatusResponse> & Paginated<CdiIntegrationsJobSyncStatusInput, CdiIntegrationsJobSyncStatusResponse, 'results'>;
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
  readonly list: OptionalInputMethod<CdiIntegrationsListInput, CdiIntegrationsListResponse> & Paginated<CdiIntegrationsListInput, CdiIntegrationsListResponse, 'results'>;
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
  readonly sync: OperationMethod<CdiIntegrationsSyncInput, CdiIntegrationsSyncResponse>;
}

/** The permissions each operation of `cdi.integrations` needs. */
export interface CdiIntegrationsNeeds {
  jobSyncStatus: 'cdi.integration_job_status';
  list: 'cdi.integration_list';
  sync: 'cdi.integration_sync';
}

/** The operations of `cdi.integrations` a client holding permissions `P` may call. */
export type CdiIntegrationsApi<P extends string> = Allow<CdiIntegrationsMethods<P>, CdiIntegrationsNeeds, P>;

/** Every operation of `contentBlocks`, whatever the key's permissions. */
export interface ContentBlocksMethods<P extends string> {
  /**
   * The operations of `contentBlocks.translations`.
   *
   * @operationGroup braze-rest-client
   */
  readonly translations: ContentBlocksTranslationsApi<P>;
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
  readonly create: OperationMethod<ContentBlocksCreateInput, ContentBlocksCreateResponse>;
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
  readonly info: OperationMethod<ContentBlocksInfoInput, ContentBlocksInfoResponse>;
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
  readonly list: OptionalInputMethod<ContentBlocksListInput, ContentBlocksListResponse> & Paginated<ContentBlocksListInput, ContentBlocksListResponse, 'content_blocks'>;
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
  readonly update: OperationMethod<ContentBlocksUpdateInput, ContentBlocksUpdateResponse>;
}

/** The permissions each operation of `contentBlocks` needs. */
export interface ContentBlocksNeeds {
  create: 'content_blocks.create';
  info: 'content_blocks.info';
  list: 'content_blocks.list';
  update: 'content_blocks.update';
}

/** The operations of `contentBlocks` a client holding permissions `P` may call. */
export type ContentBlocksApi<P extends string> = Allow<ContentBlocksMethods<P>, ContentBlocksNeeds, P>;

/** Every operation of `contentBlocks.translations`, whatever the key's permissions. */
export interface ContentBlocksTranslationsMethods<P extends string> {
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
  readonly get: OperationMethod<ContentBlocksTranslationsGetInput, ContentBlocksTranslationsGetResponse>;
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
  readonly source: OperationMethod<ContentBlocksTranslationsSourceInput, ContentBlocksTranslationsSourceResponse>;
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
  readonly update: OperationMethod<ContentBlocksTranslationsUpdateInput, ContentBlocksTranslationsUpdateResponse>;
}

/** The permissions each operation of `contentBlocks.translations` needs. */
export interface ContentBlocksTranslationsNeeds {
  get: 'content_blocks.translations.get';
  source: 'content_blocks.translations.get';
  update: 'content_blocks.translations.update';
}

/** The operations of `contentBlocks.translations` a client holding permissions `P` may call. */
export type ContentBlocksTranslationsApi<P extends string> = Allow<ContentBlocksTranslationsMethods<P>, ContentBlocksTranslationsNeeds, P>;

/** Every operation of `customAttributes`, whatever the key's permissions. */
export interface CustomAttributesMethods<P extends string> {
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
  readonly get: OptionalInputMethod<CustomAttributesGetInput, CustomAttributesGetResponse> & Paginated<CustomAttributesGetInput, CustomAttributesGetResponse, 'attributes'>;
}

/** The permissions each operation of `customAttributes` needs. */
export interface CustomAttributesNeeds {
  get: 'custom_attributes.get';
}

/** The operations of `customAttributes` a client holding permissions `P` may call. */
export type CustomAttributesApi<P extends string> = Allow<CustomAttributesMethods<P>, CustomAttributesNeeds, P>;

/** Every operation of `customObjects`, whatever the key's permissions. */
export interface CustomObjectsMethods<P extends string> {
  /**
   * The operations of `customObjects.objectRelationships`.
   *
   * @operationGroup braze-rest-client
   */
  readonly objectRelationships: CustomObjectsObjectRelationshipsApi<P>;
  /**
   * The operations of `customObjects.objects`.
   *
   * @operationGroup braze-rest-client
   */
  readonly objects: CustomObjectsObjectsApi<P>;
  /**
   * The operations of `customObjects.types`.
   *
   * @operationGroup braze-rest-client
   */
  readonly types: CustomObjectsTypesApi<P>;
  /**
   * The operations of `customObjects.userRelationships`.
   *
   * @operationGroup braze-rest-client
   */
  readonly userRelationships: CustomObjectsUserRelationshipsApi<P>;
}

/** The permissions each operation of `customObjects` needs. */
export interface CustomObjectsNeeds {
}

/** The operations of `customObjects` a client holding permissions `P` may call. */
export type CustomObjectsApi<P extends string> = Allow<CustomObjectsMethods<P>, CustomObjectsNeeds, P>;

/** Every operation of `customObjects.objectRelationships`, whatever the key's permissions. */
export interface CustomObjectsObjectRelationshipsMethods<P extends string> {
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
  readonly create: OperationMethod<CustomObjectsObjectRelationshipsCreateInput, CustomObjectsObjectRelationshipsCreateResponse>;
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
  readonly delete: OperationMethod<CustomObjectsObjectRelationshipsDeleteInput, CustomObjectsObjectRelationshipsDeleteResponse>;
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
  readonly list: OperationMethod<CustomObjectsObjectRelationshipsListInput, CustomObjectsObjectRelationshipsListResponse> & Paginated<CustomObjectsObjectRelationshipsListInput, CustomObjectsObjectRelationshipsListResponse, 'items'>;
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
  readonly replace: OperationMethod<CustomObjectsObjectRelationshipsReplaceInput, CustomObjectsObjectRelationshipsReplaceResponse>;
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
  readonly update: OperationMethod<CustomObjectsObjectRelationshipsUpdateInput, CustomObjectsObjectRelationshipsUpdateResponse>;
}

/** The permissions each operation of `customObjects.objectRelationships` needs. */
export interface CustomObjectsObjectRelationshipsNeeds {
  create: 'custom_objects.object_relationships.create';
  delete: 'custom_objects.object_relationships.delete';
  list: 'custom_objects.read';
  replace: 'custom_objects.object_relationships.update';
  update: 'custom_objects.object_relationships.update';
}

/** The operations of `customObjects.objectRelationships` a client holding permissions `P` may call. */
export type CustomObjectsObjectRelationshipsApi<P extends string> = Allow<CustomObjectsObjectRelationshipsMethods<P>, CustomObjectsObjectRelationshipsNeeds, P>;

/** Every operation of `customObjects.objects`, whatever the key's permissions. */
export interface CustomObjectsObjectsMethods<P extends string> {
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
  readonly create: OperationMethod<CustomObjectsObjectsCreateInput, CustomObjectsObjectsCreateResponse>;
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
  readonly delete: OperationMethod<CustomObjectsObjectsDeleteInput, CustomObjectsObjectsDeleteResponse>;
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
  readonly get: OperationMethod<CustomObjectsObjectsGetInput, CustomObjectsObjectsGetResponse>;
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
  readonly list: OperationMethod<CustomObjectsObjectsListInput, CustomObjectsObjectsListResponse> & Paginated<CustomObjectsObjectsListInput, CustomObjectsObjectsListResponse, 'items'>;
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
  readonly replace: OperationMethod<CustomObjectsObjectsReplaceInput, CustomObjectsObjectsReplaceResponse>;
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
  readonly update: OperationMethod<CustomObjectsObjectsUpdateInput, CustomObjectsObjectsUpdateResponse>;
}

/** The permissions each operation of `customObjects.objects` needs. */
export interface CustomObjectsObjectsNeeds {
  create: 'custom_objects.create';
  delete: 'custom_objects.delete';
  get: 'custom_objects.read';
  list: 'custom_objects.read';
  replace: 'custom_objects.update';
  update: 'custom_objects.update';
}

/** The operations of `customObjects.objects` a client holding permissions `P` may call. */
export type CustomObjectsObjectsApi<P extends string> = Allow<CustomObjectsObjectsMethods<P>, CustomObjectsObjectsNeeds, P>;

/** Every operation of `customObjects.types`, whatever the key's permissions. */
export interface CustomObjectsTypesMethods<P extends string> {
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
  readonly get: OperationMethod<CustomObjectsTypesGetInput, CustomObjectsTypesGetResponse>;
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
  readonly list: OptionalInputMethod<CustomObjectsTypesListInput, CustomObjectsTypesListResponse> & Paginated<CustomObjectsTypesListInput, CustomObjectsTypesListResponse, 'items'>;
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
  readonly listObjectRelationshipTypes: OperationMethod<CustomObjectsTypesListObjectRelationshipTypesInput, CustomObjectsTypesListObjectRelationshipTypesResponse> & Paginated<CustomObjectsTypesListObjectRelationshipTypesInput, CustomObjectsTypesListObjectRelationshipTypesResponse, 'items'>;
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
  readonly listUserRelationshipTypes: OperationMethod<CustomObjectsTypesListUserRelationshipTypesInput, CustomObjectsTypesListUserRelationshipTypesResponse> & Paginated<CustomObjectsTypesListUserRelationshipTypesInput, CustomObjectsTypesListUserRelationshipTypesResponse, 'items'>;
}

/** The permissions each operation of `customObjects.types` needs. */
export interface CustomObjectsTypesNeeds {
  get: 'custom_objects.read';
  list: 'custom_objects.read';
  listObjectRelationshipTypes: 'custom_objects.read';
  listUserRelationshipTypes: 'custom_objects.read';
}

/** The operations of `customObjects.types` a client holding permissions `P` may call. */
export type CustomObjectsTypesApi<P extends string> = Allow<CustomObjectsTypesMethods<P>, CustomObjectsTypesNeeds, P>;

/** Every operation of `customObjects.userRelationships`, whatever the key's permissions. */
export interface CustomObjectsUserRelationshipsMethods<P extends string> {
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
  readonly create: OperationMethod<CustomObjectsUserRelationshipsCreateInput, CustomObjectsUserRelationshipsCreateResponse>;
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
  readonly delete: OperationMethod<CustomObjectsUserRelationshipsDeleteInput, CustomObjectsUserRelationshipsDeleteResponse>;
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
  readonly list: OperationMethod<CustomObjectsUserRelationshipsListInput, CustomObjectsUserRelationshipsListResponse> & Paginated<CustomObjectsUserRelationshipsListInput, CustomObjectsUserRelationshipsListResponse, 'items'>;
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
  readonly replace: OperationMethod<CustomObjectsUserRelationshipsReplaceInput, CustomObjectsUserRelationshipsReplaceResponse>;
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
  readonly update: OperationMethod<CustomObjectsUserRelationshipsUpdateInput, CustomObjectsUserRelationshipsUpdateResponse>;
}

/** The permissions each operation of `customObjects.userRelationships` needs. */
export interface CustomObjectsUserRelationshipsNeeds {
  create: 'custom_objects.user_relationships.create';
  delete: 'custom_objects.user_relationships.delete';
  list: 'custom_objects.user_relationships.read';
  replace: 'custom_objects.user_relationships.update';
  update: 'custom_objects.user_relationships.update';
}

/** The operations of `customObjects.userRelationships` a client holding permissions `P` may call. */
export type CustomObjectsUserRelationshipsApi<P extends string> = Allow<CustomObjectsUserRelationshipsMethods<P>, CustomObjectsUserRelationshipsNeeds, P>;

/** Every operation of `dataObjects`, whatever the key's permissions. */
export interface DataObjectsMethods<P extends string> {
  /**
   * The operations of `dataObjects.objectRelationships`.
   *
   * @operationGroup braze-rest-client
   */
  readonly objectRelationships: DataObjectsObjectRelationshipsApi<P>;
  /**
   * The operations of `dataObjects.objects`.
   *
   * @operationGroup braze-rest-client
   */
  readonly objects: DataObjectsObjectsApi<P>;
  /**
   * The operations of `dataObjects.types`.
   *
   * @operationGroup braze-rest-client
   */
  readonly types: DataObjectsTypesApi<P>;
  /**
   * The operations of `dataObjects.userRelationships`.
   *
   * @operationGroup braze-rest-client
   */
  readonly userRelationships: DataObjectsUserRelationshipsApi<P>;
}

/** The permissions each operation of `dataObjects` needs. */
export interface DataObjectsNeeds {
}

/** The operations of `dataObjects` a client holding permissions `P` may call. */
export type DataObjectsApi<P extends string> = Allow<DataObjectsMethods<P>, DataObjectsNeeds, P>;

/** Every operation of `dataObjects.objectRelationships`, whatever the key's permissions. */
export interface DataObjectsObjectRelationshipsMethods<P extends string> {
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
  readonly bulkDelete: OperationMethod<DataObjectsObjectRelationshipsBulkDeleteInput, DataObjectsObjectRelationshipsBulkDeleteResponse>;
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
  readonly bulkUpsert: OperationMethod<DataObjectsObjectRelationshipsBulkUpsertInput, DataObjectsObjectRelationshipsBulkUpsertResponse>;
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
  readonly create: OperationMethod<DataObjectsObjectRelationshipsCreateInput, DataObjectsObjectRelationshipsCreateResponse>;
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
  readonly delete: OperationMethod<DataObjectsObjectRelationshipsDeleteInput, DataObjectsObjectRelationshipsDeleteResponse>;
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
  readonly list: OperationMethod<DataObjectsObjectRelationshipsListInput, DataObjectsObjectRelationshipsListResponse> & Paginated<DataObjectsObjectRelationshipsListInput, DataObjectsObjectRelationshipsListResponse, 'items'>;
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
  readonly replace: OperationMethod<DataObjectsObjectRelationshipsReplaceInput, DataObjectsObjectRelationshipsReplaceResponse>;
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
  readonly update: OperationMethod<DataObjectsObjectRelationshipsUpdateInput, DataObjectsObjectRelationshipsUpdateResponse>;
}

/** The permissions each operation of `dataObjects.objectRelationships` needs. */
export interface DataObjectsObjectRelationshipsNeeds {
  bulkDelete: 'data_objects.object_relationships.bulk_delete';
  bulkUpsert: 'data_objects.object_relationships.bulk_upsert';
  create: 'data_objects.object_relationships.create';
  delete: 'data_objects.object_relationships.delete';
  list: 'data_objects.read';
  replace: 'data_objects.object_relationships.update';
  update: 'data_objects.object_relationships.update';
}

/** The operations of `dataObjects.objectRelationships` a client holding permissions `P` may call. */
export type DataObjectsObjectRelationshipsApi<P extends string> = Allow<DataObjectsObjectRelationshipsMethods<P>, DataObjectsObjectRelationshipsNeeds, P>;

/** Every operation of `dataObjects.objects`, whatever the key's permissions. */
export interface DataObjectsObjectsMethods<P extends string> {
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
  readonly bulkDelete: OperationMethod<DataObjectsObjectsBulkDeleteInput, DataObjectsObjectsBulkDeleteResponse>;
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
  readonly bulkUpsert: OperationMethod<DataObjectsObjectsBulkUpsertInput, DataObjectsObjectsBulkUpsertResponse>;
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
  readonly create: OperationMethod<DataObjectsObjectsCreateInput, DataObjectsObjectsCreateResponse>;
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
  readonly delete: OperationMethod<DataObjectsObjectsDeleteInput, DataObjectsObjectsDeleteResponse>;
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
  readonly get: OperationMethod<DataObjectsObjectsGetInput, DataObjectsObjectsGetResponse>;
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
  readonly list: OperationMethod<DataObjectsObjectsListInput, DataObjectsObjectsListResponse> & Paginated<DataObjectsObjectsListInput, DataObjectsObjectsListResponse, 'items'>;
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
  readonly replace: OperationMethod<DataObjectsObjectsReplaceInput, DataObjectsObjectsReplaceResponse>;
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
  readonly update: OperationMethod<DataObjectsObjectsUpdateInput, DataObjectsObjectsUpdateResponse>;
}

/** The permissions each operation of `dataObjects.objects` needs. */
export interface DataObjectsObjectsNeeds {
  bulkDelete: 'data_objects.bulk_delete';
  bulkUpsert: 'data_objects.bulk_upsert';
  create: 'data_objects.create';
  delete: 'data_objects.delete';
  get: 'data_objects.read';
  list: 'data_objects.read';
  replace: 'data_objects.update';
  update: 'data_objects.update';
}

/** The operations of `dataObjects.objects` a client holding permissions `P` may call. */
export type DataObjectsObjectsApi<P extends string> = Allow<DataObjectsObjectsMethods<P>, DataObjectsObjectsNeeds, P>;

/** Every operation of `dataObjects.types`, whatever the key's permissions. */
export interface DataObjectsTypesMethods<P extends string> {
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
  readonly get: OperationMethod<DataObjectsTypesGetInput, DataObjectsTypesGetResponse>;
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
  readonly list: OptionalInputMethod<DataObjectsTypesListInput, DataObjectsTypesListResponse> & Paginated<DataObjectsTypesListInput, DataObjectsTypesListResponse, 'items'>;
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
  readonly listObjectRelationshipTypes: OperationMethod<DataObjectsTypesListObjectRelationshipTypesInput, DataObjectsTypesListObjectRelationshipTypesResponse> & Paginated<DataObjectsTypesListObjectRelationshipTypesInput, DataObjectsTypesListObjectRelationshipTypesResponse, 'items'>;
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
  readonly listUserRelationshipTypes: OperationMethod<DataObjectsTypesListUserRelationshipTypesInput, DataObjectsTypesListUserRelationshipTypesResponse> & Paginated<DataObjectsTypesListUserRelationshipTypesInput, DataObjectsTypesListUserRelationshipTypesResponse, 'items'>;
}

/** The permissions each operation of `dataObjects.types` needs. */
export interface DataObjectsTypesNeeds {
  get: 'data_objects.read';
  list: 'data_objects.read';
  listObjectRelationshipTypes: 'data_objects.read';
  listUserRelationshipTypes: 'data_objects.read';
}

/** The operations of `dataObjects.types` a client holding permissions `P` may call. */
export type DataObjectsTypesApi<P extends string> = Allow<DataObjectsTypesMethods<P>, DataObjectsTypesNeeds, P>;

/** Every operation of `dataObjects.userRelationships`, whatever the key's permissions. */
export interface DataObjectsUserRelationshipsMethods<P extends string> {
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
  readonly bulkDelete: OperationMethod<DataObjectsUserRelationshipsBulkDeleteInput, DataObjectsUserRelationshipsBulkDeleteResponse>;
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
  readonly bulkUpsert: OperationMethod<DataObjectsUserRelationshipsBulkUpsertInput, DataObjectsUserRelationshipsBulkUpsertResponse>;
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
  readonly create: OperationMethod<DataObjectsUserRelationshipsCreateInput, DataObjectsUserRelationshipsCreateResponse>;
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
  readonly delete: OperationMethod<DataObjectsUserRelationshipsDeleteInput, DataObjectsUserRelationshipsDeleteResponse>;
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
  readonly list: OperationMethod<DataObjectsUserRelationshipsListInput, DataObjectsUserRelationshipsListResponse> & Paginated<DataObjectsUserRelationshipsListInput, DataObjectsUserRelationshipsListResponse, 'items'>;
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
  readonly replace: OperationMethod<DataObjectsUserRelationshipsReplaceInput, DataObjectsUserRelationshipsReplaceResponse>;
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
  readonly update: OperationMethod<DataObjectsUserRelationshipsUpdateInput, DataObjectsUserRelationshipsUpdateResponse>;
}

/** The permissions each operation of `dataObjects.userRelationships` needs. */
export interface DataObjectsUserRelationshipsNeeds {
  bulkDelete: 'data_objects.user_relationships.bulk_delete';
  bulkUpsert: 'data_objects.user_relationships.bulk_upsert';
  create: 'data_objects.user_relationships.create';
  delete: 'data_objects.user_relationships.delete';
  list: 'data_objects.user_relationships.read';
  replace: 'data_objects.user_relationships.update';
  update: 'data_objects.user_relationships.update';
}

/** The operations of `dataObjects.userRelationships` a client holding permissions `P` may call. */
export type DataObjectsUserRelationshipsApi<P extends string> = Allow<DataObjectsUserRelationshipsMethods<P>, DataObjectsUserRelationshipsNeeds, P>;

/** Every operation of `deviceMessaging`, whatever the key's permissions. */
export interface DeviceMessagingMethods<P extends string> {
  /**
   * The operations of `deviceMessaging.banners`.
   *
   * @operationGroup braze-rest-client
   */
  readonly banners: DeviceMessagingBannersApi<P>;
}

/** The permissions each operation of `deviceMessaging` needs. */
export interface DeviceMessagingNeeds {
}

/** The operations of `deviceMessaging` a client holding permissions `P` may call. */
export type DeviceMessagingApi<P extends string> = Allow<DeviceMessagingMethods<P>, DeviceMessagingNeeds, P>;

/** Every operation of `deviceMessaging.banners`, whatever the key's permissions. */
export interface DeviceMessagingBannersMethods<P extends string> {
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
  readonly sync: OperationMethod<DeviceMessagingBannersSyncInput, DeviceMessagingBannersSyncResponse>;
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
  readonly track: OperationMethod<DeviceMessagingBannersTrackInput, DeviceMessagingBannersTrackResponse>;
}

/** The permissions each operation of `deviceMessaging.banners` needs. */
export interface DeviceMessagingBannersNeeds {
  sync: OtherCredential;
  track: OtherCredential;
}

/** The operations of `deviceMessaging.banners` a client holding permissions `P` may call. */
export type DeviceMessagingBannersApi<P extends string> = Allow<DeviceMessagingBannersMethods<P>, DeviceMessagingBannersNeeds, P>;

/** Every operation of `email`, whatever the key's permissions. */
export interface EmailMethods<P extends string> {
  /**
   * The operations of `email.bounce`.
   *
   * @operationGroup braze-rest-client
   */
  readonly bounce: EmailBounceApi<P>;
  /**
   * The operations of `email.spam`.
   *
   * @operationGroup braze-rest-client
   */
  readonly spam: EmailSpamApi<P>;
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
  readonly blacklist: OperationMethod<EmailBlacklistInput, EmailBlacklistResponse>;
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
  readonly blocklist: OperationMethod<EmailBlocklistInput, EmailBlocklistResponse>;
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
  readonly hardBounces: OperationMethod<EmailHardBouncesInput, EmailHardBouncesResponse> & Paginated<EmailHardBouncesInput, EmailHardBouncesResponse, 'emails'>;
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
  readonly status: OperationMethod<EmailStatusInput, EmailStatusResponse>;
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
  readonly unsubscribes: OperationMethod<EmailUnsubscribesInput, EmailUnsubscribesResponse> & Paginated<EmailUnsubscribesInput, EmailUnsubscribesResponse, 'emails'>;
}

/** The permissions each operation of `email` needs. */
export interface EmailNeeds {
  blacklist: 'email.blacklist';
  blocklist: 'email.blacklist';
  hardBounces: 'email.hard_bounces';
  status: 'email.status';
  unsubscribes: 'email.unsubscribe';
}

/** The operations of `email` a client holding permissions `P` may call. */
export type EmailApi<P extends string> = Allow<EmailMethods<P>, EmailNeeds, P>;

/** Every operation of `email.bounce`, whatever the key's permissions. */
export interface EmailBounceMethods<P extends string> {
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
  readonly remove: OperationMethod<EmailBounceRemoveInput, EmailBounceRemoveResponse>;
}

/** The permissions each operation of `email.bounce` needs. */
export interface EmailBounceNeeds {
  remove: 'email.bounce.remove';
}

/** The operations of `email.bounce` a client holding permissions `P` may call. */
export type EmailBounceApi<P extends string> = Allow<EmailBounceMethods<P>, EmailBounceNeeds, P>;

/** Every operation of `email.spam`, whatever the key's permissions. */
export interface EmailSpamMethods<P extends string> {
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
  readonly remove: OperationMethod<EmailSpamRemoveInput, EmailSpamRemoveResponse>;
}

/** The permissions each operation of `email.spam` needs. */
export interface EmailSpamNeeds {
  remove: 'email.spam.remove';
}

/** The operations of `email.spam` a client holding permissions `P` may call. */
export type EmailSpamApi<P extends string> = Allow<EmailSpamMethods<P>, EmailSpamNeeds, P>;

/** Every operation of `events`, whatever the key's permissions. */
export interface EventsMethods<P extends string> {
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
  readonly dataSeries: OperationMethod<EventsDataSeriesInput, EventsDataSeriesResponse>;
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
  readonly get: OptionalInputMethod<EventsGetInput, EventsGetResponse> & Paginated<EventsGetInput, EventsGetResponse, 'events'>;
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
  readonly list: OptionalInputMethod<EventsListInput, EventsListResponse> & Paginated<EventsListInput, EventsListResponse, 'events'>;
}

/** The permissions each operation of `events` needs. */
export interface EventsNeeds {
  dataSeries: 'events.data_series';
  get: 'events.get';
  list: 'events.list';
}

/** The operations of `events` a client holding permissions `P` may call. */
export type EventsApi<P extends string> = Allow<EventsMethods<P>, EventsNeeds, P>;

/** Every operation of `export`, whatever the key's permissions. */
export interface _exportMethods<P extends string> {
  /**
   * The operations of `export.segment`.
   *
   * @operationGroup braze-rest-client
   */
  readonly segment: ExportSegmentApi<P>;
}

/** The permissions each operation of `export` needs. */
export interface _exportNeeds {
}

/** The operations of `export` a client holding permissions `P` may call. */
export type _exportApi<P extends string> = Allow<_exportMethods<P>, _exportNeeds, P>;

/** Every operation of `export.segment`, whatever the key's permissions. */
export interface ExportSegmentMethods<P extends string> {
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
  readonly cancel: OperationMethod<ExportSegmentCancelInput, ExportSegmentCancelResponse>;
}

/** The permissions each operation of `export.segment` needs. */
export interface ExportSegmentNeeds {
  cancel: 'segments.list';
}

/** The operations of `export.segment` a client holding permissions `P` may call. */
export type ExportSegmentApi<P extends string> = Allow<ExportSegmentMethods<P>, ExportSegmentNeeds, P>;

/** Every operation of `feed`, whatever the key's permissions. */
export interface FeedMethods<P extends string> {
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
  readonly dataSeries: OperationMethod<FeedDataSeriesInput, FeedDataSeriesResponse>;
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
  readonly details: OperationMethod<FeedDetailsInput, FeedDetailsResponse>;
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
  readonly list: OptionalInputMethod<FeedListInput, FeedListResponse> & Paginated<FeedListInput, FeedListResponse, 'cards'>;
}

/** The permissions each operation of `feed` needs. */
export interface FeedNeeds {
  dataSeries: 'feed.data_series';
  details: 'feed.details';
  list: 'feed.list';
}

/** The operations of `feed` a client holding permissions `P` may call. */
export type FeedApi<P extends string> = Allow<FeedMethods<P>, FeedNeeds, P>;

/** Every operation of `kpi`, whatever the key's permissions. */
export interface KpiMethods<P extends string> {
  /**
   * The operations of `kpi.dau`.
   *
   * @operationGroup braze-rest-client
   */
  readonly dau: KpiDauApi<P>;
  /**
   * The operations of `kpi.mau`.
   *
   * @operationGroup braze-rest-client
   */
  readonly mau: KpiMauApi<P>;
  /**
   * The operations of `kpi.newUsers`.
   *
   * @operationGroup braze-rest-client
   */
  readonly newUsers: KpiNewUsersApi<P>;
  /**
   * The operations of `kpi.uninstalls`.
   *
   * @operationGroup braze-rest-client
   */
  readonly uninstalls: KpiUninstallsApi<P>;
}

/** The permissions each operation of `kpi` needs. */
export interface KpiNeeds {
}

/** The operations of `kpi` a client holding permissions `P` may call. */
export type KpiApi<P extends string> = Allow<KpiMethods<P>, KpiNeeds, P>;

/** Every operation of `kpi.dau`, whatever the key's permissions. */
export interface KpiDauMethods<P extends string> {
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
  readonly dataSeries: OperationMethod<KpiDauDataSeriesInput, KpiDauDataSeriesResponse>;
}

/** The permissions each operation of `kpi.dau` needs. */
export interface KpiDauNeeds {
  dataSeries: 'kpi.dau.data_series';
}

/** The operations of `kpi.dau` a client holding permissions `P` may call. */
export type KpiDauApi<P extends string> = Allow<KpiDauMethods<P>, KpiDauNeeds, P>;

/** Every operation of `kpi.mau`, whatever the key's permissions. */
export interface KpiMauMethods<P extends string> {
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
  readonly dataSeries: OperationMethod<KpiMauDataSeriesInput, KpiMauDataSeriesResponse>;
}

/** The permissions each operation of `kpi.mau` needs. */
export interface KpiMauNeeds {
  dataSeries: 'kpi.mau.data_series';
}

/** The operations of `kpi.mau` a client holding permissions `P` may call. */
export type KpiMauApi<P extends string> = Allow<KpiMauMethods<P>, KpiMauNeeds, P>;

/** Every operation of `kpi.newUsers`, whatever the key's permissions. */
export interface KpiNewUsersMethods<P extends string> {
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
  readonly dataSeries: OperationMethod<KpiNewUsersDataSeriesInput, KpiNewUsersDataSeriesResponse>;
}

/** The permissions each operation of `kpi.newUsers` needs. */
export interface KpiNewUsersNeeds {
  dataSeries: 'kpi.new_users.data_series';
}

/** The operations of `kpi.newUsers` a client holding permissions `P` may call. */
export type KpiNewUsersApi<P extends string> = Allow<KpiNewUsersMethods<P>, KpiNewUsersNeeds, P>;

/** Every operation of `kpi.uninstalls`, whatever the key's permissions. */
export interface KpiUninstallsMethods<P extends string> {
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
  readonly dataSeries: OperationMethod<KpiUninstallsDataSeriesInput, KpiUninstallsDataSeriesResponse>;
}

/** The permissions each operation of `kpi.uninstalls` needs. */
export interface KpiUninstallsNeeds {
  dataSeries: 'kpi.uninstalls.data_series';
}

/** The operations of `kpi.uninstalls` a client holding permissions `P` may call. */
export type KpiUninstallsApi<P extends string> = Allow<KpiUninstallsMethods<P>, KpiUninstallsNeeds, P>;

/** Every operation of `mediaLibrary`, whatever the key's permissions. */
export interface MediaLibraryMethods<P extends string> {
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
  readonly create: OperationMethod<MediaLibraryCreateInput, MediaLibraryCreateResponse>;
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
  readonly replaceFile: OperationMethod<MediaLibraryReplaceFileInput, MediaLibraryReplaceFileResponse>;
}

/** The permissions each operation of `mediaLibrary` needs. */
export interface MediaLibraryNeeds {
  create: 'media_library.create';
  replaceFile: 'media_library.replace';
}

/** The operations of `mediaLibrary` a client holding permissions `P` may call. */
export type MediaLibraryApi<P extends string> = Allow<MediaLibraryMethods<P>, MediaLibraryNeeds, P>;

/** Every operation of `messages`, whatever the key's permissions. */
export interface MessagesMethods<P extends string> {
  /**
   * The operations of `messages.liveActivity`.
   *
   * @operationGroup braze-rest-client
   */
  readonly liveActivity: MessagesLiveActivityApi<P>;
  /**
   * The operations of `messages.schedule`.
   *
   * @operationGroup braze-rest-client
   */
  readonly schedule: MessagesScheduleApi<P>;
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
  readonly scheduledBroadcasts: OperationMethod<MessagesScheduledBroadcastsInput, MessagesScheduledBroadcastsResponse>;
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
  readonly send: OptionalInputMethod<MessagesSendInput, MessagesSendResponse>;
}

/** The permissions each operation of `messages` needs. */
export interface MessagesNeeds {
  scheduledBroadcasts: 'messages.schedule_broadcasts';
  send: 'messages.send';
}

/** The operations of `messages` a client holding permissions `P` may call. */
export type MessagesApi<P extends string> = Allow<MessagesMethods<P>, MessagesNeeds, P>;

/** Every operation of `messages.liveActivity`, whatever the key's permissions. */
export interface MessagesLiveActivityMethods<P extends string> {
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
  readonly start: OperationMethod<MessagesLiveActivityStartInput, MessagesLiveActivityStartResponse>;
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
  readonly update: OperationMethod<MessagesLiveActivityUpdateInput, MessagesLiveActivityUpdateResponse>;
}

/** The permissions each operation of `messages.liveActivity` needs. */
export interface MessagesLiveActivityNeeds {
  start: 'messages.live_activity.start';
  update: 'messages.live_activity.update';
}

/** The operations of `messages.liveActivity` a client holding permissions `P` may call. */
export type MessagesLiveActivityApi<P extends string> = Allow<MessagesLiveActivityMethods<P>, MessagesLiveActivityNeeds, P>;

/** Every operation of `messages.schedule`, whatever the key's permissions. */
export interface MessagesScheduleMethods<P extends string> {
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
  readonly create: OperationMethod<MessagesScheduleCreateInput, MessagesScheduleCreateResponse>;
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
  readonly delete: OperationMethod<MessagesScheduleDeleteInput, MessagesScheduleDeleteResponse>;
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
  readonly update: OperationMethod<MessagesScheduleUpdateInput, MessagesScheduleUpdateResponse>;
}

/** The permissions each operation of `messages.schedule` needs. */
export interface MessagesScheduleNeeds {
  create: 'messages.schedule.create';
  delete: 'messages.schedule.delete';
  update: 'messages.schedule.update';
}

/** The operations of `messages.schedule` a client holding permissions `P` may call. */
export type MessagesScheduleApi<P extends string> = Allow<MessagesScheduleMethods<P>, MessagesScheduleNeeds, P>;

/** Every operation of `preferenceCenter`, whatever the key's permissions. */
export interface PreferenceCenterMethods<P extends string> {
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
  readonly create: OperationMethod<PreferenceCenterCreateInput, PreferenceCenterCreateResponse>;
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
  readonly get: OperationMethod<PreferenceCenterGetInput, PreferenceCenterGetResponse>;
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
  readonly list: OptionalInputMethod<PreferenceCenterListInput, PreferenceCenterListResponse>;
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
  readonly update: OperationMethod<PreferenceCenterUpdateInput, PreferenceCenterUpdateResponse>;
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
  readonly userUrl: OperationMethod<PreferenceCenterUserUrlInput, PreferenceCenterUserUrlResponse>;
}

/** The permissions each operation of `preferenceCenter` needs. */
export interface PreferenceCenterNeeds {
  create: 'preference_center.update';
  get: 'preference_center.get';
  list: 'preference_center.list';
  update: 'preference_center.update';
  userUrl: 'preference_center.user.get';
}

/** The operations of `preferenceCenter` a client holding permissions `P` may call. */
export type PreferenceCenterApi<P extends string> = Allow<PreferenceCenterMethods<P>, PreferenceCenterNeeds, P>;

/** Every operation of `purchases`, whatever the key's permissions. */
export interface PurchasesMethods<P extends string> {
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
  readonly productList: OptionalInputMethod<PurchasesProductListInput, PurchasesProductListResponse> & Paginated<PurchasesProductListInput, PurchasesProductListResponse, 'products'>;
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
  readonly quantitySeries: OperationMethod<PurchasesQuantitySeriesInput, PurchasesQuantitySeriesResponse>;
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
  readonly revenueSeries: OperationMethod<PurchasesRevenueSeriesInput, PurchasesRevenueSeriesResponse>;
}

/** The permissions each operation of `purchases` needs. */
export interface PurchasesNeeds {
  productList: 'purchases.product_list';
  quantitySeries: 'purchases.quantity_series';
  revenueSeries: 'purchases.revenue_series';
}

/** The operations of `purchases` a client holding permissions `P` may call. */
export type PurchasesApi<P extends string> = Allow<PurchasesMethods<P>, PurchasesNeeds, P>;

/** Every operation of `scim`, whatever the key's permissions. */
export interface ScimMethods<P extends string> {
  /**
   * The operations of `scim.users`.
   *
   * @operationGroup braze-rest-client
   */
  readonly users: ScimUsersApi<P>;
}

/** The permissions each operation of `scim` needs. */
export interface ScimNeeds {
}

/** The operations of `scim` a client holding permissions `P` may call. */
export type ScimApi<P extends string> = Allow<ScimMethods<P>, ScimNeeds, P>;

/** Every operation of `scim.users`, whatever the key's permissions. */
export interface ScimUsersMethods<P extends string> {
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
  readonly create: OperationMethod<ScimUsersCreateInput, ScimUsersCreateResponse>;
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
  readonly delete: OperationMethod<ScimUsersDeleteInput, ScimUsersDeleteResponse>;
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
  readonly get: OperationMethod<ScimUsersGetInput, ScimUsersGetResponse>;
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
  readonly replace: OperationMethod<ScimUsersReplaceInput, ScimUsersReplaceResponse>;
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
  readonly search: OperationMethod<ScimUsersSearchInput, ScimUsersSearchResponse>;
}

/** The permissions each operation of `scim.users` needs. */
export interface ScimUsersNeeds {
  create: OtherCredential;
  delete: OtherCredential;
  get: OtherCredential;
  replace: OtherCredential;
  search: OtherCredential;
}

/** The operations of `scim.users` a client holding permissions `P` may call. */
export type ScimUsersApi<P extends string> = Allow<ScimUsersMethods<P>, ScimUsersNeeds, P>;

/** Every operation of `sdkAuthentication`, whatever the key's permissions. */
export interface SdkAuthenticationMethods<P extends string> {
  /**
   * The operations of `sdkAuthentication.keys`.
   *
   * @operationGroup braze-rest-client
   */
  readonly keys: SdkAuthenticationKeysApi<P>;
}

/** The permissions each operation of `sdkAuthentication` needs. */
export interface SdkAuthenticationNeeds {
}

/** The operations of `sdkAuthentication` a client holding permissions `P` may call. */
export type SdkAuthenticationApi<P extends string> = Allow<SdkAuthenticationMethods<P>, SdkAuthenticationNeeds, P>;

/** Every operation of `sdkAuthentication.keys`, whatever the key's permissions. */
export interface SdkAuthenticationKeysMethods<P extends string> {
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
  readonly create: OperationMethod<SdkAuthenticationKeysCreateInput, SdkAuthenticationKeysCreateResponse>;
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
  readonly delete: OperationMethod<SdkAuthenticationKeysDeleteInput, SdkAuthenticationKeysDeleteResponse>;
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
  readonly list: OperationMethod<SdkAuthenticationKeysListInput, SdkAuthenticationKeysListResponse>;
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
  readonly setPrimary: OperationMethod<SdkAuthenticationKeysSetPrimaryInput, SdkAuthenticationKeysSetPrimaryResponse>;
}

/** The permissions each operation of `sdkAuthentication.keys` needs. */
export interface SdkAuthenticationKeysNeeds {
  create: 'sdk_authentication.create';
  delete: 'sdk_authentication.delete';
  list: 'sdk_authentication.keys';
  setPrimary: 'sdk_authentication.primary';
}

/** The operations of `sdkAuthentication.keys` a client holding permissions `P` may call. */
export type SdkAuthenticationKeysApi<P extends string> = Allow<SdkAuthenticationKeysMethods<P>, SdkAuthenticationKeysNeeds, P>;

/** Every operation of `segments`, whatever the key's permissions. */
export interface SegmentsMethods<P extends string> {
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
  readonly dataSeries: OperationMethod<SegmentsDataSeriesInput, SegmentsDataSeriesResponse>;
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
  readonly details: OperationMethod<SegmentsDetailsInput, SegmentsDetailsResponse>;
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
  readonly list: OptionalInputMethod<SegmentsListInput, SegmentsListResponse> & Paginated<SegmentsListInput, SegmentsListResponse, 'segments'>;
}

/** The permissions each operation of `segments` needs. */
export interface SegmentsNeeds {
  dataSeries: 'segments.data_series';
  details: 'segments.details';
  list: 'segments.list';
}

/** The operations of `segments` a client holding permissions `P` may call. */
export type SegmentsApi<P extends string> = Allow<SegmentsMethods<P>, SegmentsNeeds, P>;

/** Every operation of `sends`, whatever the key's permissions. */
export interface SendsMethods<P extends string> {
  /**
   * The operations of `sends.id`.
   *
   * @operationGroup braze-rest-client
   */
  readonly id: SendsIdApi<P>;
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
  readonly dataSeries: OperationMethod<SendsDataSeriesInput, SendsDataSeriesResponse>;
}

/** The permissions each operation of `sends` needs. */
export interface SendsNeeds {
  dataSeries: 'sends.data_series';
}

/** The operations of `sends` a client holding permissions `P` may call. */
export type SendsApi<P extends string> = Allow<SendsMethods<P>, SendsNeeds, P>;

/** Every operation of `sends.id`, whatever the key's permissions. */
export interface SendsIdMethods<P extends string> {
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
  readonly create: OperationMethod<SendsIdCreateInput, SendsIdCreateResponse>;
}

/** The permissions each operation of `sends.id` needs. */
export interface SendsIdNeeds {
  create: 'sends.id.create';
}

/** The operations of `sends.id` a client holding permissions `P` may call. */
export type SendsIdApi<P extends string> = Allow<SendsIdMethods<P>, SendsIdNeeds, P>;

/** Every operation of `sessions`, whatever the key's permissions. */
export interface SessionsMethods<P extends string> {
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
  readonly dataSeries: OperationMethod<SessionsDataSeriesInput, SessionsDataSeriesResponse>;
}

/** The permissions each operation of `sessions` needs. */
export interface SessionsNeeds {
  dataSeries: 'sessions.data_series';
}

/** The operations of `sessions` a client holding permissions `P` may call. */
export type SessionsApi<P extends string> = Allow<SessionsMethods<P>, SessionsNeeds, P>;

/** Every operation of `sms`, whatever the key's permissions. */
export interface SmsMethods<P extends string> {
  /**
   * The operations of `sms.invalidPhoneNumbers`.
   *
   * @operationGroup braze-rest-client
   */
  readonly invalidPhoneNumbers: SmsInvalidPhoneNumbersApi<P>;
}

/** The permissions each operation of `sms` needs. */
export interface SmsNeeds {
}

/** The operations of `sms` a client holding permissions `P` may call. */
export type SmsApi<P extends string> = Allow<SmsMethods<P>, SmsNeeds, P>;

/** Every operation of `sms.invalidPhoneNumbers`, whatever the key's permissions. */
export interface SmsInvalidPhoneNumbersMethods<P extends string> {
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
  readonly list: OptionalInputMethod<SmsInvalidPhoneNumbersListInput, SmsInvalidPhoneNumbersListResponse> & Paginated<SmsInvalidPhoneNumbersListInput, SmsInvalidPhoneNumbersListResponse, 'sms'>;
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
  readonly remove: OperationMethod<SmsInvalidPhoneNumbersRemoveInput, SmsInvalidPhoneNumbersRemoveResponse>;
}

/** The permissions each operation of `sms.invalidPhoneNumbers` needs. */
export interface SmsInvalidPhoneNumbersNeeds {
  list: 'sms.invalid_phone_numbers';
  remove: 'sms.invalid_phone_numbers.remove';
}

/** The operations of `sms.invalidPhoneNumbers` a client holding permissions `P` may call. */
export type SmsInvalidPhoneNumbersApi<P extends string> = Allow<SmsInvalidPhoneNumbersMethods<P>, SmsInvalidPhoneNumbersNeeds, P>;

/** Every operation of `subscription`, whatever the key's permissions. */
export interface SubscriptionMethods<P extends string> {
  /**
   * The operations of `subscription.status`.
   *
   * @operationGroup braze-rest-client
   */
  readonly status: SubscriptionStatusApi<P>;
  /**
   * The operations of `subscription.user`.
   *
   * @operationGroup braze-rest-client
   */
  readonly user: SubscriptionUserApi<P>;
}

/** The permissions each operation of `subscription` needs. */
export interface SubscriptionNeeds {
}

/** The operations of `subscription` a client holding permissions `P` may call. */
export type SubscriptionApi<P extends string> = Allow<SubscriptionMethods<P>, SubscriptionNeeds, P>;

/** Every operation of `subscription.status`, whatever the key's permissions. */
export interface SubscriptionStatusMethods<P extends string> {
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
  readonly get: OperationMethod<SubscriptionStatusGetInput, SubscriptionStatusGetResponse>;
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
  readonly set: OperationMethod<SubscriptionStatusSetInput, SubscriptionStatusSetResponse>;
}

/** The permissions each operation of `subscription.status` needs. */
export interface SubscriptionStatusNeeds {
  get: 'subscription.status.get';
  set: 'subscription.status.set';
}

/** The operations of `subscription.status` a client holding permissions `P` may call. */
export type SubscriptionStatusApi<P extends string> = Allow<SubscriptionStatusMethods<P>, SubscriptionStatusNeeds, P>;

/** Every operation of `subscription.user`, whatever the key's permissions. */
export interface SubscriptionUserMethods<P extends string> {
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
  readonly status: OptionalInputMethod<SubscriptionUserStatusInput, SubscriptionUserStatusResponse> & Paginated<SubscriptionUserStatusInput, SubscriptionUserStatusResponse, 'subscription_groups'>;
}

/** The permissions each operation of `subscription.user` needs. */
export interface SubscriptionUserNeeds {
  status: 'subscription.groups.get';
}

/** The operations of `subscription.user` a client holding permissions `P` may call. */
export type SubscriptionUserApi<P extends string> = Allow<SubscriptionUserMethods<P>, SubscriptionUserNeeds, P>;

/** Every operation of `templates`, whatever the key's permissions. */
export interface TemplatesMethods<P extends string> {
  /**
   * The operations of `templates.email`.
   *
   * @operationGroup braze-rest-client
   */
  readonly email: TemplatesEmailApi<P>;
  /**
   * The operations of `templates.translations`.
   *
   * @operationGroup braze-rest-client
   */
  readonly translations: TemplatesTranslationsApi<P>;
  /**
   * The operations of `templates.webhook`.
   *
   * @operationGroup braze-rest-client
   */
  readonly webhook: TemplatesWebhookApi<P>;
}

/** The permissions each operation of `templates` needs. */
export interface TemplatesNeeds {
}

/** The operations of `templates` a client holding permissions `P` may call. */
export type TemplatesApi<P extends string> = Allow<TemplatesMethods<P>, TemplatesNeeds, P>;

/** Every operation of `templates.email`, whatever the key's permissions. */
export interface TemplatesEmailMethods<P extends string> {
  /**
   * The operations of `templates.email.translations`.
   *
   * @operationGroup braze-rest-client
   */
  readonly translations: TemplatesEmailTranslationsApi<P>;
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
  readonly create: OperationMethod<TemplatesEmailCreateInput, TemplatesEmailCreateResponse>;
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
  readonly info: OperationMethod<TemplatesEmailInfoInput, TemplatesEmailInfoResponse>;
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
  readonly list: OptionalInputMethod<TemplatesEmailListInput, TemplatesEmailListResponse> & Paginated<TemplatesEmailListInput, TemplatesEmailListResponse, 'templates'>;
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
  readonly update: OperationMethod<TemplatesEmailUpdateInput, TemplatesEmailUpdateResponse>;
}

/** The permissions each operation of `templates.email` needs. */
export interface TemplatesEmailNeeds {
  create: 'templates.email.create';
  info: 'templates.email.info';
  list: 'templates.email.list';
  update: 'templates.email.update';
}

/** The operations of `templates.email` a client holding permissions `P` may call. */
export type TemplatesEmailApi<P extends string> = Allow<TemplatesEmailMethods<P>, TemplatesEmailNeeds, P>;

/** Every operation of `templates.email.translations`, whatever the key's permissions. */
export interface TemplatesEmailTranslationsMethods<P extends string> {
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
  readonly get: OperationMethod<TemplatesEmailTranslationsGetInput, TemplatesEmailTranslationsGetResponse>;
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
  readonly source: OperationMethod<TemplatesEmailTranslationsSourceInput, TemplatesEmailTranslationsSourceResponse>;
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
  readonly update: OperationMethod<TemplatesEmailTranslationsUpdateInput, TemplatesEmailTranslationsUpdateResponse>;
}

/** The permissions each operation of `templates.email.translations` needs. */
export interface TemplatesEmailTranslationsNeeds {
  get: 'templates.translations.get';
  source: 'templates.email.info';
  update: 'templates.translations.update';
}

/** The operations of `templates.email.translations` a client holding permissions `P` may call. */
export type TemplatesEmailTranslationsApi<P extends string> = Allow<TemplatesEmailTranslationsMethods<P>, TemplatesEmailTranslationsNeeds, P>;

/** Every operation of `templates.translations`, whatever the key's permissions. */
export interface TemplatesTranslationsMethods<P extends string> {
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
  readonly email: OperationMethod<TemplatesTranslationsEmailInput, TemplatesTranslationsEmailResponse>;
}

/** The permissions each operation of `templates.translations` needs. */
export interface TemplatesTranslationsNeeds {
  email: 'templates.translations.get';
}

/** The operations of `templates.translations` a client holding permissions `P` may call. */
export type TemplatesTranslationsApi<P extends string> = Allow<TemplatesTranslationsMethods<P>, TemplatesTranslationsNeeds, P>;

/** Every operation of `templates.webhook`, whatever the key's permissions. */
export interface TemplatesWebhookMethods<P extends string> {
  /**
   * The operations of `templates.webhook.translations`.
   *
   * @operationGroup braze-rest-client
   */
  readonly translations: TemplatesWebhookTranslationsApi<P>;
}

/** The permissions each operation of `templates.webhook` needs. */
export interface TemplatesWebhookNeeds {
}

/** The operations of `templates.webhook` a client holding permissions `P` may call. */
export type TemplatesWebhookApi<P extends string> = Allow<TemplatesWebhookMethods<P>, TemplatesWebhookNeeds, P>;

/** Every operation of `templates.webhook.translations`, whatever the key's permissions. */
export interface TemplatesWebhookTranslationsMethods<P extends string> {
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
  readonly get: OperationMethod<TemplatesWebhookTranslationsGetInput, TemplatesWebhookTranslationsGetResponse>;
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
  readonly source: OperationMethod<TemplatesWebhookTranslationsSourceInput, TemplatesWebhookTranslationsSourceResponse>;
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
  readonly update: OperationMethod<TemplatesWebhookTranslationsUpdateInput, TemplatesWebhookTranslationsUpdateResponse>;
}

/** The permissions each operation of `templates.webhook.translations` needs. */
export interface TemplatesWebhookTranslationsNeeds {
  get: 'templates.translations.get';
  source: 'templates.translations.get';
  update: 'templates.translations.update';
}

/** The operations of `templates.webhook.translations` a client holding permissions `P` may call. */
export type TemplatesWebhookTranslationsApi<P extends string> = Allow<TemplatesWebhookTranslationsMethods<P>, TemplatesWebhookTranslationsNeeds, P>;

/** Every operation of `transactional`, whatever the key's permissions. */
export interface TransactionalMethods<P extends string> {
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
  readonly send: OperationMethod<TransactionalSendInput, TransactionalSendResponse>;
}

/** The permissions each operation of `transactional` needs. */
export interface TransactionalNeeds {
  send: 'transactional.send';
}

/** The operations of `transactional` a client holding permissions `P` may call. */
export type TransactionalApi<P extends string> = Allow<TransactionalMethods<P>, TransactionalNeeds, P>;

/** Every operation of `users`, whatever the key's permissions. */
export interface UsersMethods<P extends string> {
  /**
   * The operations of `users.alias`.
   *
   * @operationGroup braze-rest-client
   */
  readonly alias: UsersAliasApi<P>;
  /**
   * The operations of `users.export`.
   *
   * @operationGroup braze-rest-client
   */
  readonly export: UsersExportApi<P>;
  /**
   * The operations of `users.externalIds`.
   *
   * @operationGroup braze-rest-client
   */
  readonly externalIds: UsersExternalIdsApi<P>;
  /**
   * The operations of `users.subscription`.
   *
   * @operationGroup braze-rest-client
   */
  readonly subscription: UsersSubscriptionApi<P>;
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
  readonly delete: OptionalInputMethod<UsersDeleteInput, UsersDeleteResponse>;
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
  readonly identify: OptionalInputMethod<UsersIdentifyInput, UsersIdentifyResponse>;
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
  readonly merge: OperationMethod<UsersMergeInput, UsersMergeResponse>;
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
  readonly track: OptionalInputMethod<UsersTrackInput, UsersTrackResponse>;
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
  readonly trackBulk: OptionalInputMethod<UsersTrackBulkInput, UsersTrackBulkResponse>;
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
  readonly trackSync: OptionalInputMethod<UsersTrackSyncInput, UsersTrackSyncResponse>;
}

/** The permissions each operation of `users` needs. */
export interface UsersNeeds {
  delete: 'users.delete';
  identify: 'users.identify';
  merge: 'users.merge';
  track: 'users.track';
  trackBulk: 'users.track.bulk';
  trackSync: 'users.track.sync';
}

/** The operations of `users` a client holding permissions `P` may call. */
export type UsersApi<P extends string> = Allow<UsersMethods<P>, UsersNeeds, P>;

/** Every operation of `users.alias`, whatever the key's permissions. */
export interface UsersAliasMethods<P extends string> {
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
  readonly new: OperationMethod<UsersAliasNewInput, UsersAliasNewResponse>;
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
  readonly update: OperationMethod<UsersAliasUpdateInput, UsersAliasUpdateResponse>;
}

/** The permissions each operation of `users.alias` needs. */
export interface UsersAliasNeeds {
  new: 'users.alias.new';
  update: 'users.alias.update';
}

/** The operations of `users.alias` a client holding permissions `P` may call. */
export type UsersAliasApi<P extends string> = Allow<UsersAliasMethods<P>, UsersAliasNeeds, P>;

/** Every operation of `users.export`, whatever the key's permissions. */
export interface UsersExportMethods<P extends string> {
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
  readonly globalControlGroup: OperationMethod<UsersExportGlobalControlGroupInput, UsersExportGlobalControlGroupResponse>;
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
  readonly ids: OptionalInputMethod<UsersExportIdsInput, UsersExportIdsResponse>;
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
  readonly segment: OperationMethod<UsersExportSegmentInput, UsersExportSegmentResponse>;
}

/** The permissions each operation of `users.export` needs. */
export interface UsersExportNeeds {
  globalControlGroup: 'users.export.global_control_group';
  ids: 'users.export.ids';
  segment: 'users.export.segment';
}

/** The operations of `users.export` a client holding permissions `P` may call. */
export type UsersExportApi<P extends string> = Allow<UsersExportMethods<P>, UsersExportNeeds, P>;

/** Every operation of `users.externalIds`, whatever the key's permissions. */
export interface UsersExternalIdsMethods<P extends string> {
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
  readonly remove: OperationMethod<UsersExternalIdsRemoveInput, UsersExternalIdsRemoveResponse>;
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
  readonly rename: OperationMethod<UsersExternalIdsRenameInput, UsersExternalIdsRenameResponse>;
}

/** The permissions each operation of `users.externalIds` needs. */
export interface UsersExternalIdsNeeds {
  remove: 'users.external_ids.remove';
  rename: 'users.external_ids.rename';
}

/** The operations of `users.externalIds` a client holding permissions `P` may call. */
export type UsersExternalIdsApi<P extends string> = Allow<UsersExternalIdsMethods<P>, UsersExternalIdsNeeds, P>;

/** Every operation of `users.subscription`, whatever the key's permissions. */
export interface UsersSubscriptionMethods<P extends string> {
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
  readonly delete: OptionalInputMethod<UsersSubscriptionDeleteInput, UsersSubscriptionDeleteResponse>;
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
  readonly get: OptionalInputMethod<UsersSubscriptionGetInput, UsersSubscriptionGetResponse>;
}

/** The permissions each operation of `users.subscription` needs. */
export interface UsersSubscriptionNeeds {
  delete: 'subscription.status.set';
  get: 'subscription.status.get';
}

/** The operations of `users.subscription` a client holding permissions `P` may call. */
export type UsersSubscriptionApi<P extends string> = Allow<UsersSubscriptionMethods<P>, UsersSubscriptionNeeds, P>;

/** Every operation of `v2`, whatever the key's permissions. */
export interface V2Methods<P extends string> {
  /**
   * The operations of `v2.subscription`.
   *
   * @operationGroup braze-rest-client
   */
  readonly subscription: V2SubscriptionApi<P>;
}

/** The permissions each operation of `v2` needs. */
export interface V2Needs {
}

/** The operations of `v2` a client holding permissions `P` may call. */
export type V2Api<P extends string> = Allow<V2Methods<P>, V2Needs, P>;

/** Every operation of `v2.subscription`, whatever the key's permissions. */
export interface V2SubscriptionMethods<P extends string> {
  /**
   * The operations of `v2.subscription.status`.
   *
   * @operationGroup braze-rest-client
   */
  readonly status: V2SubscriptionStatusApi<P>;
}

/** The permissions each operation of `v2.subscription` needs. */
export interface V2SubscriptionNeeds {
}

/** The operations of `v2.subscription` a client holding permissions `P` may call. */
export type V2SubscriptionApi<P extends string> = Allow<V2SubscriptionMethods<P>, V2SubscriptionNeeds, P>;

/** Every operation of `v2.subscription.status`, whatever the key's permissions. */
export interface V2SubscriptionStatusMethods<P extends string> {
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
  readonly set: OperationMethod<V2SubscriptionStatusSetInput, V2SubscriptionStatusSetResponse>;
}

/** The permissions each operation of `v2.subscription.status` needs. */
export interface V2SubscriptionStatusNeeds {
  set: 'subscription.status.set';
}

/** The operations of `v2.subscription.status` a client holding permissions `P` may call. */
export type V2SubscriptionStatusApi<P extends string> = Allow<V2SubscriptionStatusMethods<P>, V2SubscriptionStatusNeeds, P>;
/** A client with the grouped facade, for a key holding permissions `P`. */
export type BrazeClient<P extends string = Permission> = Client<P> & BrazeApi<P>;
const FACADE = {
    apps: {
      pushCredential: {
        update: appsPushCredentialUpdate,
      },
      list: appsList,
    },
    campaigns: {
      translations: {
        get: campaignsTranslationsGet,
        source: campaignsTranslationsSource,
        update: campaignsTranslationsUpdate,
      },
      trigger: {
        schedule: {
          create: campaignsTriggerScheduleCreate,
          delete: campaignsTriggerScheduleDelete,
          update: campaignsTriggerScheduleUpdate,
        },
        send: campaignsTriggerSend,
      },
      urlInfo: {
        details: campaignsUrlInfoDetails,
      },
      dataSeries: campaignsDataSeries,
      details: campaignsDetails,
      duplicate: campaignsDuplicate,
      list: [campaignsList, campaignsListAll, campaignsListPages],
    },
    canvas: {
      translations: {
        get: canvasTranslationsGet,
        source: canvasTranslationsSource,
        update: canvasTranslationsUpdate,
      },
      trigger: {
        schedule: {
          create: canvasTriggerScheduleCreate,
          delete: canvasTriggerScheduleDelete,
          update: canvasTriggerScheduleUpdate,
        },
        send: canvasTriggerSend,
      },
      urlInfo: {
        details: canvasUrlInfoDetails,
      },
      dataSeries: canvasDataSeries,
      dataSummary: canvasDataSummary,
      details: canvasDetails,
      duplicate: canvasDuplicate,
      list: [canvasList, canvasListAll, canvasListPages],
    },
    catalogs: {
      fields: {
        create: catalogsFieldsCreate,
        delete: catalogsFieldsDelete,
      },
      items: {
        addMany: catalogsItemsAddMany,
        create: catalogsItemsCreate,
        delete: catalogsItemsDelete,
        deleteMany: catalogsItemsDeleteMany,
        get: catalogsItemsGet,
        list: [catalogsItemsList, catalogsItemsListAll, catalogsItemsListPages],
        replace: catalogsItemsReplace,
        replaceMany: catalogsItemsReplaceMany,
        update: catalogsItemsUpdate,
        updateMany: catalogsItemsUpdateMany,
      },
      selections: {
        create: catalogsSelectionsCreate,
        delete: catalogsSelectionsDelete,
      },
      create: catalogsCreate,
      delete: catalogsDelete,
      list: [catalogsList, catalogsListAll, catalogsListPages],
    },
    cdi: {
      integrations: {
        jobSyncStatus: [cdiIntegrationsJobSyncStatus, cdiIntegrationsJobSyncStatusAll, cdiIntegrationsJobSyncStatusPages],
        list: [cdiIntegrationsList, cdiIntegrationsListAll, cdiIntegrationsListPages],
        sync: cdiIntegrationsSync,
      },
    },
    contentBlocks: {
      translations: {
        get: contentBlocksTranslationsGet,
        source: contentBlocksTranslationsSource,
        update: contentBlocksTranslationsUpdate,
      },
      create: contentBlocksCreate,
      info: contentBlocksInfo,
      list: [contentBlocksList, contentBlocksListAll, contentBlocksListPages],
      update: contentBlocksUpdate,
    },
    customAttributes: {
      get: [customAttributesGet, customAttributesGetAll, customAttributesGetPages],
    },
    customObjects: {
      objectRelationships: {
        create: customObjectsObjectRelationshipsCreate,
        delete: customObjectsObjectRelationshipsDelete,
        list: [customObjectsObjectRelationshipsList, customObjectsObjectRelationshipsListAll, customObjectsObjectRelationshipsListPages],
        replace: customObjectsObjectRelationshipsReplace,
        update: customObjectsObjectRelationshipsUpdate,
      },
      objects: {
        create: customObjectsObjectsCreate,
        delete: customObjectsObjectsDelete,
        get: customObjectsObjectsGet,
        list: [customObjectsObjectsList, customObjectsObjectsListAll, customObjectsObjectsListPages],
        replace: customObjectsObjectsReplace,
        update: customObjectsObjectsUpdate,
      },
      types: {
        get: customObjectsTypesGet,
        list: [customObjectsTypesList, customObjectsTypesListAll, customObjectsTypesListPages],
        listObjectRelationshipTypes: [customObjectsTypesListObjectRelationshipTypes, customObjectsTypesListObjectRelationshipTypesAll, customObjectsTypesListObjectRelationshipTypesPages],
        listUserRelationshipTypes: [customObjectsTypesListUserRelationshipTypes, customObjectsTypesListUserRelationshipTypesAll, customObjectsTypesListUserRelationshipTypesPages],
      },
      userRelationships: {
        create: customObjectsUserRelationshipsCreate,
        delete: customObjectsUserRelationshipsDelete,
        list: [customObjectsUserRelationshipsList, customObjectsUserRelationshipsListAll, customObjectsUserRelationshipsListPages],
        replace: customObjectsUserRelationshipsReplace,
        update: customObjectsUserRelationshipsUpdate,
      },
    },
    dataObjects: {
      objectRelationships: {
        bulkDelete: dataObjectsObjectRelationshipsBulkDelete,
        bulkUpsert: dataObjectsObjectRelationshipsBulkUpsert,
        create: dataObjectsObjectRelationshipsCreate,
        delete: dataObjectsObjectRelationshipsDelete,
        list: [dataObjectsObjectRelationshipsList, dataObjectsObjectRelationshipsListAll, dataObjectsObjectRelationshipsListPages],
        replace: dataObjectsObjectRelationshipsReplace,
        update: dataObjectsObjectRelationshipsUpdate,
      },
      objects: {
        bulkDelete: dataObjectsObjectsBulkDelete,
        bulkUpsert: dataObjectsObjectsBulkUpsert,
        create: dataObjectsObjectsCreate,
        delete: dataObjectsObjectsDelete,
        get: dataObjectsObjectsGet,
        list: [dataObjectsObjectsList, dataObjectsObjectsListAll, dataObjectsObjectsListPages],
        replace: dataObjectsObjectsReplace,
        update: dataObjectsObjectsUpdate,
      },
      types: {
        get: dataObjectsTypesGet,
        list: [dataObjectsTypesList, dataObjectsTypesListAll, dataObjectsTypesListPages],
        listObjectRelationshipTypes: [dataObjectsTypesListObjectRelationshipTypes, dataObjectsTypesListObjectRelationshipTypesAll, dataObjectsTypesListObjectRelationshipTypesPages],
        listUserRelationshipTypes: [dataObjectsTypesListUserRelationshipTypes, dataObjectsTypesListUserRelationshipTypesAll, dataObjectsTypesListUserRelationshipTypesPages],
      },
      userRelationships: {
        bulkDelete: dataObjectsUserRelationshipsBulkDelete,
        bulkUpsert: dataObjectsUserRelationshipsBulkUpsert,
        create: dataObjectsUserRelationshipsCreate,
        delete: dataObjectsUserRelationshipsDelete,
        list: [dataObjectsUserRelationshipsList, dataObjectsUserRelationshipsListAll, dataObjectsUserRelationshipsListPages],
        replace: dataObjectsUserRelationshipsReplace,
        update: dataObjectsUserRelationshipsUpdate,
      },
    },
    deviceMessaging: {
      banners: {
        sync: deviceMessagingBannersSync,
        track: deviceMessagingBannersTrack,
      },
    },
    email: {
      bounce: {
        remove: emailBounceRemove,
      },
      spam: {
        remove: emailSpamRemove,
      },
      blacklist: emailBlacklist,
      blocklist: emailBlocklist,
      hardBounces: [emailHardBounces, emailHardBouncesAll, emailHardBouncesPages],
      status: emailStatus,
      unsubscribes: [emailUnsubscribes, emailUnsubscribesAll, emailUnsubscribesPages],
    },
    events: {
      dataSeries: eventsDataSeries,
      get: [eventsGet, eventsGetAll, eventsGetPages],
      list: [eventsList, eventsListAll, eventsListPages],
    },
    export: {
      segment: {
        cancel: exportSegmentCancel,
      },
    },
    feed: {
      dataSeries: feedDataSeries,
      details: feedDetails,
      list: [feedList, feedListAll, feedListPages],
    },
    kpi: {
      dau: {
        dataSeries: kpiDauDataSeries,
      },
      mau: {
        dataSeries: kpiMauDataSeries,
      },
      newUsers: {
        dataSeries: kpiNewUsersDataSeries,
      },
      uninstalls: {
        dataSeries: kpiUninstallsDataSeries,
      },
    },
    mediaLibrary: {
      create: mediaLibraryCreate,
      replaceFile: mediaLibraryReplaceFile,
    },
    messages: {
      liveActivity: {
        start: messagesLiveActivityStart,
        update: messagesLiveActivityUpdate,
      },
      schedule: {
        create: messagesScheduleCreate,
        delete: messagesScheduleDelete,
        update: messagesScheduleUpdate,
      },
      scheduledBroadcasts: messagesScheduledBroadcasts,
      send: messagesSend,
    },
    preferenceCenter: {
      create: preferenceCenterCreate,
      get: preferenceCenterGet,
      list: preferenceCenterList,
      update: preferenceCenterUpdate,
      userUrl: preferenceCenterUserUrl,
    },
    purchases: {
      productList: [purchasesProductList, purchasesProductListAll, purchasesProductListPages],
      quantitySeries: purchasesQuantitySeries,
      revenueSeries: purchasesRevenueSeries,
    },
    scim: {
      users: {
        create: scimUsersCreate,
        delete: scimUsersDelete,
        get: scimUsersGet,
        replace: scimUsersReplace,
        search: scimUsersSearch,
      },
    },
    sdkAuthentication: {
      keys: {
        create: sdkAuthenticationKeysCreate,
        delete: sdkAuthenticationKeysDelete,
        list: sdkAuthenticationKeysList,
        setPrimary: sdkAuthenticationKeysSetPrimary,
      },
    },
    segments: {
      dataSeries: segmentsDataSeries,
      details: segmentsDetails,
      list: [segmentsList, segmentsListAll, segmentsListPages],
    },
    sends: {
      id: {
        create: sendsIdCreate,
      },
      dataSeries: sendsDataSeries,
    },
    sessions: {
      dataSeries: sessionsDataSeries,
    },
    sms: {
      invalidPhoneNumbers: {
        list: [smsInvalidPhoneNumbersList, smsInvalidPhoneNumbersListAll, smsInvalidPhoneNumbersListPages],
        remove: smsInvalidPhoneNumbersRemove,
      },
    },
    subscription: {
      status: {
        get: subscriptionStatusGet,
        set: subscriptionStatusSet,
      },
      user: {
        status: [subscriptionUserStatus, subscriptionUserStatusAll, subscriptionUserStatusPages],
      },
    },
    templates: {
      email: {
        translations: {
          get: templatesEmailTranslationsGet,
          source: templatesEmailTranslationsSource,
          update: templatesEmailTranslationsUpdate,
        },
        create: templatesEmailCreate,
        info: templatesEmailInfo,
        list: [templatesEmailList, templatesEmailListAll, templatesEmailListPages],
        update: templatesEmailUpdate,
      },
      translations: {
        email: templatesTranslationsEmail,
      },
      webhook: {
        translations: {
          get: templatesWebhookTranslationsGet,
          source: templatesWebhookTranslationsSource,
          update: templatesWebhookTranslationsUpdate,
        },
      },
    },
    transactional: {
      send: transactionalSend,
    },
    users: {
      alias: {
        new: usersAliasNew,
        update: usersAliasUpdate,
      },
      export: {
        globalControlGroup: usersExportGlobalControlGroup,
        ids: usersExportIds,
        segment: usersExportSegment,
      },
      externalIds: {
        remove: usersExternalIdsRemove,
        rename: usersExternalIdsRename,
      },
      subscription: {
        delete: usersSubscriptionDelete,
        get: usersSubscriptionGet,
      },
      delete: usersDelete,
      identify: usersIdentify,
      merge: usersMerge,
      track: usersTrack,
      trackBulk: usersTrackBulk,
      trackSync: usersTrackSync,
    },
    v2: {
      subscription: {
        status: {
          set: v2SubscriptionStatusSet,
        },
      },
    },
  } as const;

/**
 * Creates the bare client the standalone operation functions take (`usersTrack(client, input)`); bundles only what you call. Key and base URL default to `BRAZE_API_KEY` and `BRAZE_REST_ENDPOINT`.
 *
 * @clientFactory braze-rest-client
 */
export function createClient<const P extends readonly Permission[] = readonly Permission[]>(options: BrazeClientOptions<P> = {}): Client<P[number]> {
  return $createClient(options, INSTANCES, undefined, 'braze-rest-client/2027.0.0');
}

/**
 * Creates a client with every operation grouped by area (`braze.users.track(input)`, `braze.catalogs.items.list.all(input)`). With `permissions`, its type only has the operations they allow. Its options are also checked at run time, for JavaScript callers: an unknown or misspelt name (option, permission, instance) or a value of the wrong type throws a `BrazeConfigError` naming the closest valid one.
 *
 * @clientFactory braze-rest-client
 */
export function createBrazeClient<const P extends readonly Permission[] = readonly Permission[]>(options: BrazeClientOptions<P> = {}): BrazeClient<Held<P>> {
  $checkOptions(options, PERMISSIONS, INSTANCES);
  const client = createClient(options);
  return Object.assign(client, bindFacade(client, FACADE)) as unknown as BrazeClient<Held<P>>;
}
