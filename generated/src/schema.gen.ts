// This file is generated: do not edit it by hand.
// Source: spec/openapi.yaml
// Regenerate: npm run generate

export interface paths {
    "/app_group/apps": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List workspace apps
         * @description Returns the apps of the workspace the API key belongs to, each with its name and its app identifier (the `api_key` that other endpoints take as `app_id`). Takes no parameters. Limited to 100 requests per day; a workspace without the feature enabled gets a 403.
         */
        get: operations["appsList"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/app_group/sdk_authentication/create": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create an SDK Authentication key
         * @description Adds an RSA public key that Braze uses to verify the JWTs signed by your server for SDK Authentication of an app. An app can have at most three keys; `make_primary` makes the new key the one in use.
         */
        post: operations["sdkAuthenticationKeysCreate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/app_group/sdk_authentication/delete": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Delete an SDK Authentication key
         * @description Removes an SDK Authentication key from an app and returns the keys that remain. The primary key cannot be deleted (make another key primary first): trying returns an error. Braze's pages give this endpoint the default limit, but Braze's own OpenAPI file for it states a much stricter one (100 requests per day per workspace, shared by the SDK Authentication endpoints), so call it sparingly.
         */
        delete: operations["sdkAuthenticationKeysDelete"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/app_group/sdk_authentication/keys": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List SDK Authentication keys
         * @description Returns every SDK Authentication key of an app, with its public key, description and whether it is the primary key.
         */
        get: operations["sdkAuthenticationKeysList"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/app_group/sdk_authentication/primary": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Set the primary SDK Authentication key
         * @description Makes an existing SDK Authentication key the app's primary key and returns all of the app's keys.
         */
        put: operations["sdkAuthenticationKeysSetPrimary"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/apps/push_credential/update": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Update push credentials
         * @description Replaces the push credentials of one app for one push platform, without the dashboard. Send `app_id` and exactly one platform object: `apple` (an APNs `.p8` authentication key; `.p12` and `.pem` certificates are not accepted here), `firebase` (a Firebase Cloud Messaging service account), `huawei` (Huawei Mobile Services app ID and secret) or `kindle` (Amazon Device Messaging client ID and secret). Credential files travel as Base64 strings inside the JSON body.
         */
        post: operations["appsPushCredentialUpdate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/campaigns/data_series": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Export campaign analytics
         * @description Returns a daily series of a campaign's statistics: how many messages were sent, opened, clicked or converted, by channel and variation, plus conversions, revenue and unique recipients. Multivariate campaigns report conversions and revenue per variation.
         */
        get: operations["campaignsDataSeries"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/campaigns/details": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Export campaign details
         * @description Returns the settings of one campaign: its status, schedule type, channels, tags and Teams, every message variation with its channel-specific content, and its conversion events in order. For Canvases use `/canvas/details`.
         */
        get: operations["campaignsDetails"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/campaigns/duplicate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Duplicate a campaign
         * @description Copies a campaign, as duplicating it in the dashboard does, under a new name with an optional description and tags. The copy is created asynchronously; the security event report shows when campaigns were duplicated and by which API key.
         */
        post: operations["campaignsDuplicate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/campaigns/list": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Export the list of campaigns
         * @description Lists campaigns with their name, API identifier, whether they are API campaigns, tags and last edit time, 100 per page, sorted by creation time (oldest first unless `sort_direction=desc`). Archived campaigns are left out unless `include_archived=true`.
         */
        get: operations["campaignsList"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/campaigns/translations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * View translations for a campaign
         * @description Returns the translations of one message variation of a campaign, one entry per locale with its translation map. Pass `locale_id` to get (preview) a single locale instead of all of them. Only email, push and in-app message campaigns with multi-language support can be translated. Translation IDs are UUIDs found in the Multi-Language Support settings or in responses.
         */
        get: operations["campaignsTranslationsGet"];
        /**
         * Update translations in a campaign
         * @description Replaces the translations of one locale for a campaign's message variation. The translation map must cover every translation tag of the message (missing IDs are refused) and stay under 20 MB. To change the translations of a launched campaign, save it as a draft first.
         */
        put: operations["campaignsTranslationsUpdate"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/campaigns/translations/source": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * View source values of a campaign's translation tags
         * @description Returns the default (source) text of every translation tag in a campaign's message variation, that is the text between `{% translation id_N %}` and `{% endtranslation %}`. Reads the live version unless `post_launch_draft_version` is `true`.
         */
        get: operations["campaignsTranslationsSource"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/campaigns/trigger/schedule/create": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Schedule an API-triggered campaign
         * @description Schedules a send of an API-triggered campaign built in the dashboard. Targeting works as for `/campaigns/trigger/send`: `recipients` (only those in the campaign's segment receive it), a connected `audience`, or `broadcast: true` for the whole segment. `trigger_properties` are templated into the message; a recipient's own keys win. Keep the returned `schedule_id` to update or cancel the schedule.
         */
        post: operations["campaignsTriggerScheduleCreate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/campaigns/trigger/schedule/delete": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Cancel a scheduled API-triggered campaign
         * @description Cancels a scheduled send of an API-triggered campaign before it goes out. Cancellations made close to or during the send time are applied on a best-effort basis, so they may reach all, some or none of the targeted users.
         */
        post: operations["campaignsTriggerScheduleDelete"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/campaigns/trigger/schedule/update": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Update a scheduled API-triggered campaign
         * @description Replaces the schedule of an API-triggered campaign send. The new `schedule` overwrites the previous one entirely (leaving out `in_local_time` switches back to UTC). Updates made very close to the send time are applied on a best-effort basis, and are not applied if the original local-time schedule has already passed in any time zone.
         */
        post: operations["campaignsTriggerScheduleUpdate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/campaigns/trigger/send": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Send an API-triggered campaign
         * @description Triggers an API-triggered campaign built in the dashboard, so its content stays in Braze while the request decides when and to whom it goes. Send to up to 50 `recipients` (each with its own `trigger_properties` and optional `attributes`, written to the profile before sending), to a connected `audience`, or with `broadcast: true` to the campaign's whole segment. Request-level `trigger_properties` apply to everyone, and a recipient's own keys win. All users of one request share one `dispatch_id`. Segment sends are logged in the Developer Console.
         */
        post: operations["campaignsTriggerSend"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/campaigns/url_info/details": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List link aliases of a campaign message
         * @description Returns the tracked links of one message variation of a campaign with the alias set on each; `includes_link_id` narrows the answer to one link. Only for workspaces with Link Aliasing enabled.
         */
        get: operations["campaignsUrlInfoDetails"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/canvas/data_series": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Export Canvas data series analytics
         * @description Returns a daily series of a Canvas's statistics (entries, conversions, revenue), optionally broken down by variant and by step with per-channel message counters. The period is `starting_at` to `ending_at`, or `length` days (at most 14) before `ending_at`. The counts need not match the dashboard's Canvas analytics or totals built from Currents events, which aggregate over different windows and definitions.
         */
        get: operations["canvasDataSeries"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/canvas/data_summary": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Export Canvas data summary analytics
         * @description Returns a Canvas's statistics rolled up over a period (entries, conversions, revenue), optionally broken down by variant and by step with per-channel message counters. The period is `starting_at` to `ending_at`, or `length` days (at most 14) before `ending_at`. The dashboard aggregates days in the company's time zone, so give timestamps at midnight in that zone to get the dashboard's figures.
         */
        get: operations["canvasDataSummary"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/canvas/details": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Export Canvas details
         * @description Returns the metadata of one Canvas: name, description, status, schedule type, first and last entry, channels, tags and Teams, its variants with their first steps, and every step with its next steps and paths and its messages (channel-specific fields as in the campaign details export).
         */
        get: operations["canvasDetails"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/canvas/duplicate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Duplicate a Canvas
         * @description Copies a Canvas, as duplicating it in the dashboard does, under a new name with an optional description and tags. The copy is created asynchronously; the security event report shows when Canvases were duplicated and by which API key.
         */
        post: operations["canvasDuplicate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/canvas/list": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Export the list of Canvases
         * @description Lists Canvases with their name, API identifier, tags and last edit time, 100 per page, sorted by creation time (oldest first unless `sort_direction=desc`). Archived Canvases are left out unless `include_archived=true`; stopped but not archived Canvases are included.
         */
        get: operations["canvasList"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/canvas/translations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * View translations for a Canvas
         * @description Returns the translations of one message variation in a Canvas step, one entry per locale with its translation map. Pass `locale_id` to get (preview) a single locale, and `post_launch_draft_version=true` to read the latest draft instead of the live version. Translation IDs are UUIDs found in the Multi-Language Support settings or in responses.
         */
        get: operations["canvasTranslationsGet"];
        /**
         * Update translations in a Canvas
         * @description Replaces the translations of one locale for a message variation in a Canvas step. The translation map must cover every translation tag of the message (missing IDs are refused) and stay under 20 MB. To change the translations of a launched Canvas, save it as a draft first.
         */
        put: operations["canvasTranslationsUpdate"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/canvas/translations/source": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * View source values of a Canvas's translation tags
         * @description Returns the default (source) text of every translation tag in a message variation of a Canvas step, that is the text between `{% translation id_N %}` and `{% endtranslation %}`. Reads the live version unless `post_launch_draft_version` is `true`.
         */
        get: operations["canvasTranslationsSource"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/canvas/trigger/schedule/create": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Schedule an API-triggered Canvas
         * @description Schedules entry into a Canvas with API-triggered entry. Targeting works as for `/canvas/trigger/send`: `recipients` (only those in the Canvas's segment enter), a connected `audience`, or `broadcast: true` for the whole segment. `canvas_entry_properties` are templated into the messages of the first steps; a recipient's own keys win. Keep the returned `schedule_id` to update or cancel the schedule.
         */
        post: operations["canvasTriggerScheduleCreate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/canvas/trigger/schedule/delete": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Cancel a scheduled API-triggered Canvas
         * @description Cancels a scheduled entry into an API-triggered Canvas before it happens. Cancellations made close to or during the send time are applied on a best-effort basis, so they may reach all, some or none of the targeted users.
         */
        post: operations["canvasTriggerScheduleDelete"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/canvas/trigger/schedule/update": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Update a scheduled API-triggered Canvas
         * @description Replaces the schedule of an API-triggered Canvas entry. The new `schedule` overwrites the previous one entirely (leaving out `in_local_time` switches back to UTC). Updates made very close to the send time are applied on a best-effort basis, to all, some or none of the users.
         */
        post: operations["canvasTriggerScheduleUpdate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/canvas/trigger/send": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Send an API-triggered Canvas
         * @description Triggers a Canvas with API-triggered entry, so its content stays in Braze while the request decides when and to whom it goes. Send to up to 50 `recipients` (each with its own `context` and optional `attributes`, written to the profile before entry), to a connected `audience`, or with `broadcast: true` to the Canvas's whole segment. Request-level `context` applies to everyone, and a recipient's own keys win. Listed users only enter if they also match the Canvas's segment. An archived, stopped or paused Canvas is not sent; the response then carries a `notice`.
         */
        post: operations["canvasTriggerSend"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/canvas/url_info/details": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List link aliases of a Canvas email step
         * @description Returns the tracked links of one email message variation in a Canvas step with the alias set on each; `includes_link_id` narrows the answer to one link. Only for workspaces with Link Aliasing enabled.
         */
        get: operations["canvasUrlInfoDetails"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/catalogs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List catalogs
         * @description Returns every catalog in the workspace with its fields, item count and last update time. When the list is long, Braze pages it and points to the next page with a `Link` header (`rel="next"`); follow it until the header no longer has a `next` link. Shares a limit of 50 requests per minute with the other synchronous catalog endpoints (create and delete catalog).
         */
        get: operations["catalogsList"];
        put?: never;
        /**
         * Create a catalog
         * @description Creates one catalog with its fields. `catalogs` must hold exactly one catalog object; its first field must be `id` of type `string`. Names (of the catalog and of its fields) use letters, numbers, hyphens and underscores only, up to 250 characters; a catalog has at most 500 fields. Returns the created catalog with status 201. Shares a limit of 50 requests per minute with the other synchronous catalog endpoints.
         */
        post: operations["catalogsCreate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/catalogs/{catalog_name}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Delete a catalog
         * @description Permanently deletes a catalog with all its items, fields and selections. Shares a limit of 50 requests per minute with the other synchronous catalog endpoints.
         */
        delete: operations["catalogsDelete"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/catalogs/{catalog_name}/fields": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create catalog fields
         * @description Adds up to 50 new fields to a catalog in one request (a catalog holds at most 500 fields). The request is processed asynchronously: a 202 means it was accepted. Shares a limit of 50 requests per minute with the other catalog field and selection endpoints.
         */
        post: operations["catalogsFieldsCreate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/catalogs/{catalog_name}/fields/{field_name}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Delete a catalog field
         * @description Removes one field (and its values) from a catalog. A field used by a selection or as an inventory field cannot be deleted. The deletion is processed asynchronously: a 202 means it was accepted. Shares a limit of 50 requests per minute with the other catalog field and selection endpoints.
         */
        delete: operations["catalogsFieldsDelete"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/catalogs/{catalog_name}/items": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List catalog items
         * @description Returns the items of a catalog with all their fields, 50 per call. When the catalog has more than 50 items the response carries a `Link` header with `rel="next"` (and, after the first page, `rel="prev"`) URLs that include the `cursor` for the neighbouring pages; follow `next` until it disappears. Shares a limit of 50 requests per minute with the other synchronous catalog item endpoints.
         */
        get: operations["catalogsItemsList"];
        /**
         * Replace multiple catalog items
         * @description Replaces up to 50 catalog items with the given content; an item whose `id` does not exist yet is created. Fields left out of an item are not kept. Every field sent must already exist in the catalog. The request is processed asynchronously: a 202 means it was accepted. Shares a limit of 16,000 requests per minute with the other bulk catalog item endpoints.
         */
        put: operations["catalogsItemsReplaceMany"];
        /**
         * Create multiple catalog items
         * @description Adds up to 50 new items to a catalog. Each item has a unique `id` and should carry every field of the catalog; fields that do not exist in the catalog are refused. The request is processed asynchronously: a 202 means it was accepted. Shares a limit of 16,000 requests per minute with the other bulk catalog item endpoints.
         */
        post: operations["catalogsItemsAddMany"];
        /**
         * Delete multiple catalog items
         * @description Deletes up to 50 items from a catalog, each named by its `id`. The request is processed asynchronously: a 202 means it was accepted, not that the items are already gone. Shares a limit of 16,000 requests per minute with the other bulk catalog item endpoints.
         */
        delete: operations["catalogsItemsDeleteMany"];
        options?: never;
        head?: never;
        /**
         * Edit multiple catalog items
         * @description Changes fields of up to 50 existing catalog items. Each item names its `id` and only the fields to change; other fields keep their values. `array` fields can be replaced outright or changed with `$add`/`$remove`. Every field sent must already exist in the catalog. The request is processed asynchronously: a 202 means it was accepted. Shares a limit of 16,000 requests per minute with the other bulk catalog item endpoints.
         */
        patch: operations["catalogsItemsUpdateMany"];
        trace?: never;
    };
    "/catalogs/{catalog_name}/items/{item_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a catalog item
         * @description Returns one catalog item with all its fields, wrapped in an `items` array of one element. Shares a limit of 50 requests per minute with the other synchronous catalog item endpoints.
         */
        get: operations["catalogsItemsGet"];
        /**
         * Replace a catalog item
         * @description Replaces the content of one catalog item, creating it if the ID in the path does not exist yet. `items` holds exactly one object with the item's fields (no `id`); fields left out are not kept. Shares a limit of 50 requests per minute with the other synchronous catalog item endpoints.
         */
        put: operations["catalogsItemsReplace"];
        /**
         * Create a catalog item
         * @description Creates one item in a catalog under the ID given in the path. `items` holds exactly one object with every catalog field except `id`. Fails with `item-already-exists` if the ID is taken. Shares a limit of 50 requests per minute with the other synchronous catalog item endpoints.
         */
        post: operations["catalogsItemsCreate"];
        /**
         * Delete a catalog item
         * @description Deletes one item from a catalog. Shares a limit of 50 requests per minute with the other synchronous catalog item endpoints.
         */
        delete: operations["catalogsItemsDelete"];
        options?: never;
        head?: never;
        /**
         * Edit a catalog item
         * @description Changes fields of one existing catalog item. `items` holds exactly one object with only the fields to change (no `id`: the ID is in the path); other fields keep their values. `array` fields can be replaced outright or changed with `$add`/`$remove`. Shares a limit of 50 requests per minute with the other synchronous catalog item endpoints.
         */
        patch: operations["catalogsItemsUpdate"];
        trace?: never;
    };
    "/catalogs/{catalog_name}/selections": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create a catalog selection
         * @description Creates a selection in a catalog: a named subset of items defined by filters, with an optional result limit and sort order. Each filter operator must suit the field type (see `CatalogSelectionFilter`), and a selection may use at most one `array` field. The request is processed asynchronously: a 202 means it was accepted. Shares a limit of 50 requests per minute with the other catalog field and selection endpoints.
         */
        post: operations["catalogsSelectionsCreate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/catalogs/{catalog_name}/selections/{selection_name}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Delete a catalog selection
         * @description Deletes one selection from a catalog; the catalog's items are not affected. The deletion is processed asynchronously: a 202 means it was accepted. Shares a limit of 50 requests per minute with the other catalog field and selection endpoints.
         */
        delete: operations["catalogsSelectionsDelete"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cdi/integrations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List Cloud Data Ingestion integrations
         * @description Lists the workspace's Cloud Data Ingestion integrations with their status, warehouse and last and next sync, 10 per page. When there are more, the `Link` header gives the `prev`/`next` page URLs (with a `cursor`); it is absent when everything fits on one page.
         */
        get: operations["cdiIntegrationsList"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cdi/integrations/{integration_id}/job_sync_status": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the sync statuses of an integration
         * @description Lists past and running syncs of one Cloud Data Ingestion integration with their status and row counts, 10 per page. When there are more, the `Link` header gives the `prev`/`next` page URLs (with a `cursor`).
         */
        get: operations["cdiIntegrationsJobSyncStatus"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cdi/integrations/{integration_id}/sync": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Trigger a sync of an integration
         * @description Starts a sync of one Cloud Data Ingestion integration now. Returns 429 "Another job is in progress" while a sync of the integration is still running, and 404 when the integration does not exist.
         */
        post: operations["cdiIntegrationsSync"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/content_blocks/create": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create a Content Block
         * @description Creates a Content Block, a reusable piece of HTML or text that messages include through its Liquid tag. The name (under 100 characters: letters, numbers, hyphens and underscores) must be unique; the content must be valid Liquid, under 50 KB, and cannot reference the block itself. New blocks are `active` unless `state` is `draft`. Tags must already exist in the workspace.
         */
        post: operations["contentBlocksCreate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/content_blocks/info": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a Content Block
         * @description Returns one Content Block: name, content, content type, description, tags, timestamps and how many messages include it. With `include_inclusion_data=true` it also lists where the block is included (message variation identifiers of non-archived campaigns and Canvases). Deleted Content Blocks are not returned.
         */
        get: operations["contentBlocksInfo"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/content_blocks/list": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List Content Blocks
         * @description Lists the Content Blocks of the workspace (ID, name, content type, Liquid tag, inclusion count, tags and timestamps), optionally only those modified in a time window. Pages with `offset` and `limit` (100 by default, at most 1,000 per call).
         */
        get: operations["contentBlocksList"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/content_blocks/translations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * View translations for a Content Block
         * @description Returns the translations of a Content Block, one entry per locale with its translation map; pass `locale_id` to get a single locale.
         */
        get: operations["contentBlocksTranslationsGet"];
        /**
         * Update translations in a Content Block
         * @description Replaces the translations of one locale in a Content Block. The translation map must cover every translation tag of the block.
         */
        put: operations["contentBlocksTranslationsUpdate"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/content_blocks/translations/source": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * View source values of a Content Block's translation tags
         * @description Returns the default (source) text of every translation tag in a Content Block, that is the text between `{% translation id_N %}` and `{% endtranslation %}`; `locale_id` narrows the answer to one locale.
         */
        get: operations["contentBlocksTranslationsSource"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/content_blocks/update": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Update a Content Block
         * @description Updates a Content Block identified by `content_block_id`; fields left out keep their value. The same rules as for creation apply (name format and uniqueness, content under 50 KB with valid Liquid, existing tags). The name of an active Content Block cannot be changed, and an active block cannot be set back to `draft`.
         */
        post: operations["contentBlocksUpdate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/custom_attributes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Export custom attributes
         * @description Lists the custom attributes recorded for the workspace with their data type, array length, description, status and tags, 50 per page in alphabetical order. Follow the `rel="next"` URL of the `Link` header for more.
         */
        get: operations["customAttributesGet"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/custom_objects/objects/{type_name}/{external_id}/object_relationships": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the object relationships of a custom object
         * @description Lists the custom objects related to one custom object, a page at a time, optionally of one relationship kind. With `anchor=source` each related object comes as `to_custom_object`, with `anchor=target` as `from_custom_object`. Custom Objects is in early access: the workspace must be enabled before its permissions can be chosen for a key.
         */
        get: operations["customObjectsObjectRelationshipsList"];
        /**
         * Create or replace an object relationship
         * @description Creates a relationship between the custom object in the path and another custom object, or replaces the attributes of the existing one. Custom Objects is in early access: the workspace must be enabled before its permissions can be chosen for a key.
         */
        put: operations["customObjectsObjectRelationshipsReplace"];
        /**
         * Create an object relationship
         * @description Creates one directed relationship between the custom object in the path and another custom object. Fails with 409 when that relationship exists and with 422 when the object has as many relationships as the workspace allows. Custom Objects is in early access: the workspace must be enabled before its permissions can be chosen for a key.
         */
        post: operations["customObjectsObjectRelationshipsCreate"];
        /**
         * Delete an object relationship
         * @description Deletes one relationship between the custom object in the path and another custom object; both objects stay. The relationship is named in a JSON body, so the HTTP client must send a body with DELETE. Custom Objects is in early access: the workspace must be enabled before its permissions can be chosen for a key.
         */
        delete: operations["customObjectsObjectRelationshipsDelete"];
        options?: never;
        head?: never;
        /**
         * Update an object relationship
         * @description Merges attributes into an existing relationship between the custom object in the path and another custom object; attributes left out keep their values. Custom Objects is in early access: the workspace must be enabled before its permissions can be chosen for a key.
         */
        patch: operations["customObjectsObjectRelationshipsUpdate"];
        trace?: never;
    };
    "/custom_objects/objects/{type_name}/{external_id}/user_relationships": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the users related to a custom object
         * @description Lists the users linked to one custom object, a page at a time, optionally of one relationship kind. Each user is given by Braze ID only. Custom Objects is in early access: the workspace must be enabled before its permissions can be chosen for a key.
         */
        get: operations["customObjectsUserRelationshipsList"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/custom_objects/objects/{type_name}/{external_id}/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Create or replace a user relationship
         * @description Links a Braze user to the custom object, or replaces all attributes of the existing link. Custom Objects is in early access: the workspace must be enabled before its permissions can be chosen for a key.
         */
        put: operations["customObjectsUserRelationshipsReplace"];
        /**
         * Link a user to a custom object
         * @description Creates a relationship between one Braze user and the custom object. Fails with 409 when the link exists and with 422 when the user or the object has as many links as the workspace allows. Custom Objects is in early access: the workspace must be enabled before its permissions can be chosen for a key.
         */
        post: operations["customObjectsUserRelationshipsCreate"];
        /**
         * Unlink a user from a custom object
         * @description Deletes one link between a Braze user and the custom object; the user profile and the object stay. The link is named in a JSON body, so the HTTP client must send a body with DELETE. Custom Objects is in early access: the workspace must be enabled before its permissions can be chosen for a key.
         */
        delete: operations["customObjectsUserRelationshipsDelete"];
        options?: never;
        head?: never;
        /**
         * Update a user relationship
         * @description Merges attributes into an existing link between a Braze user and the custom object; attributes left out keep their values. Custom Objects is in early access: the workspace must be enabled before its permissions can be chosen for a key.
         */
        patch: operations["customObjectsUserRelationshipsUpdate"];
        trace?: never;
    };
    "/custom_objects/objects/{type_name}/{external_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a custom object
         * @description Returns one custom object with its attributes. Custom Objects is in early access: the workspace must be enabled before its permissions can be chosen for a key.
         */
        get: operations["customObjectsObjectsGet"];
        /**
         * Create or replace a custom object
         * @description Replaces all attributes of a custom object (fields left out are cleared), creating the object when it does not exist; the answer is 200 either way. Fails with 422 when creating it would exceed the workspace's object limit for the type. Custom Objects is in early access: the workspace must be enabled before its permissions can be chosen for a key.
         */
        put: operations["customObjectsObjectsReplace"];
        post?: never;
        /**
         * Delete a custom object
         * @description Deletes one custom object at once (synchronously). Objects related to it are not deleted. Custom Objects is in early access: the workspace must be enabled before its permissions can be chosen for a key.
         */
        delete: operations["customObjectsObjectsDelete"];
        options?: never;
        head?: never;
        /**
         * Update a custom object
         * @description Merges the given top-level attributes into an existing custom object, leaving its other attributes as they are, and returns the merged object. Custom Objects is in early access: the workspace must be enabled before its permissions can be chosen for a key.
         */
        patch: operations["customObjectsObjectsUpdate"];
        trace?: never;
    };
    "/custom_objects/objects/{type_name}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List custom objects
         * @description Lists the objects of one custom object type, a page at a time, optionally only those whose identifier contains a search term. Custom Objects is in early access: the workspace must be enabled before its permissions can be chosen for a key.
         */
        get: operations["customObjectsObjectsList"];
        put?: never;
        /**
         * Create a custom object
         * @description Creates one object of a custom object type. Every attribute must be declared by the type. Fails with 409 when an object with that identifier exists (replace it with PUT instead) and with 422 when the type holds as many objects as the workspace allows. Custom Objects is in early access: the workspace must be enabled before its permissions can be chosen for a key.
         */
        post: operations["customObjectsObjectsCreate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/custom_objects/types/{type_name}/object_relationship_types": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List object relationship types of a custom object type
         * @description Lists the relationship kinds that can link objects of this type to other custom objects, from the side given by `anchor`; use them as `rel_kind` in object relationship requests. Custom Objects is in early access: the workspace must be enabled before its permissions can be chosen for a key.
         */
        get: operations["customObjectsTypesListObjectRelationshipTypes"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/custom_objects/types/{type_name}/user_relationship_types": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List user relationship types of a custom object type
         * @description Lists the relationship kinds that can link users to objects of this type; use them as `rel_kind` in user relationship requests. Custom Objects is in early access: the workspace must be enabled before its permissions can be chosen for a key.
         */
        get: operations["customObjectsTypesListUserRelationshipTypes"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/custom_objects/types/{type_name}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a custom object type
         * @description Returns one custom object type with the JSON Schema of its fields, which tells which attributes its objects may hold. Custom Objects is in early access: the workspace must be enabled before its permissions can be chosen for a key.
         */
        get: operations["customObjectsTypesGet"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/custom_objects/types": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List custom object types
         * @description Lists the custom object types of the workspace, a page at a time, optionally only those whose name starts with a search term. Custom Objects is in early access: the workspace must be enabled before its permissions can be chosen for a key.
         */
        get: operations["customObjectsTypesList"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/data_objects/object_relationships": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Create or replace object relationships in bulk
         * @description Creates or replaces up to 50 relationships between data objects in one request. Validation is all or nothing: one invalid record makes Braze refuse the whole request with 400 and store nothing. A 202 only means the batch is queued; each record can still fail while it is applied. The single-record permissions do not grant access. Data Objects is generally available, but the workspace must first be provisioned for Accounts.
         */
        put: operations["dataObjectsObjectRelationshipsBulkUpsert"];
        post?: never;
        /**
         * Delete object relationships in bulk
         * @description Deletes up to 50 relationships between data objects in one request. Validation is all or nothing: one invalid record makes Braze refuse the whole request with 400 and store nothing. A 202 only means the batch is queued; each record can still fail while it is applied. The single-record permissions do not grant access. Data Objects is generally available, but the workspace must first be provisioned for Accounts.
         */
        delete: operations["dataObjectsObjectRelationshipsBulkDelete"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/data_objects/objects/{type_name}/{object_id}/object_relationships": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the object relationships of a data object
         * @description Lists the data objects related to one data object, a page at a time, optionally of one relationship kind. With `anchor=source` each related object comes as `to_data_object`, with `anchor=target` as `from_data_object`. Data Objects is generally available, but the workspace must first be provisioned for Accounts.
         */
        get: operations["dataObjectsObjectRelationshipsList"];
        /**
         * Create or replace an object relationship
         * @description Creates a relationship between the data object in the path and another data object, or replaces the attributes of the existing one. Data Objects is generally available, but the workspace must first be provisioned for Accounts.
         */
        put: operations["dataObjectsObjectRelationshipsReplace"];
        /**
         * Create an object relationship
         * @description Creates one directed relationship between the data object in the path and another data object. Fails with 409 when that relationship exists and with 422 when the object has as many relationships as the workspace allows. Data Objects is generally available, but the workspace must first be provisioned for Accounts.
         */
        post: operations["dataObjectsObjectRelationshipsCreate"];
        /**
         * Delete an object relationship
         * @description Deletes one relationship between the data object in the path and another data object; both objects stay. The relationship is named in a JSON body, so the HTTP client must send a body with DELETE. Data Objects is generally available, but the workspace must first be provisioned for Accounts.
         */
        delete: operations["dataObjectsObjectRelationshipsDelete"];
        options?: never;
        head?: never;
        /**
         * Update an object relationship
         * @description Merges attributes into an existing relationship between the data object in the path and another data object; attributes left out keep their values. Data Objects is generally available, but the workspace must first be provisioned for Accounts.
         */
        patch: operations["dataObjectsObjectRelationshipsUpdate"];
        trace?: never;
    };
    "/data_objects/objects/{type_name}/{object_id}/user_relationships": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the users related to a data object
         * @description Lists the users linked to one data object, a page at a time, optionally of one relationship kind. Each user is given by Braze ID only. Data Objects is generally available, but the workspace must first be provisioned for Accounts.
         */
        get: operations["dataObjectsUserRelationshipsList"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/data_objects/objects/{type_name}/{object_id}/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Create or replace a user relationship
         * @description Links a Braze user to the data object, or replaces all attributes of the existing link. Data Objects is generally available, but the workspace must first be provisioned for Accounts.
         */
        put: operations["dataObjectsUserRelationshipsReplace"];
        /**
         * Link a user to a data object
         * @description Creates a relationship between one Braze user and the data object. Fails with 409 when the link exists and with 422 when the user or the object has as many links as the workspace allows. Data Objects is generally available, but the workspace must first be provisioned for Accounts.
         */
        post: operations["dataObjectsUserRelationshipsCreate"];
        /**
         * Unlink a user from a data object
         * @description Deletes one link between a Braze user and the data object; the user profile and the object stay. The link is named in a JSON body, so the HTTP client must send a body with DELETE. Data Objects is generally available, but the workspace must first be provisioned for Accounts.
         */
        delete: operations["dataObjectsUserRelationshipsDelete"];
        options?: never;
        head?: never;
        /**
         * Update a user relationship
         * @description Merges attributes into an existing link between a Braze user and the data object; attributes left out keep their values. Data Objects is generally available, but the workspace must first be provisioned for Accounts.
         */
        patch: operations["dataObjectsUserRelationshipsUpdate"];
        trace?: never;
    };
    "/data_objects/objects/{type_name}/{object_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a data object
         * @description Returns one data object with its attributes. Data Objects is generally available, but the workspace must first be provisioned for Accounts.
         */
        get: operations["dataObjectsObjectsGet"];
        /**
         * Create or replace a data object
         * @description Replaces all attributes of a data object (fields left out are cleared), creating the object when it does not exist; the answer is 200 either way. Fails with 422 when creating it would exceed the workspace's object limit for the type. Data Objects is generally available, but the workspace must first be provisioned for Accounts.
         */
        put: operations["dataObjectsObjectsReplace"];
        post?: never;
        /**
         * Delete a data object
         * @description Deletes one data object at once (synchronously). Objects related to it are not deleted. Data Objects is generally available, but the workspace must first be provisioned for Accounts.
         */
        delete: operations["dataObjectsObjectsDelete"];
        options?: never;
        head?: never;
        /**
         * Update a data object
         * @description Merges the given top-level attributes into an existing data object, leaving its other attributes as they are, and returns the merged object. Data Objects is generally available, but the workspace must first be provisioned for Accounts.
         */
        patch: operations["dataObjectsObjectsUpdate"];
        trace?: never;
    };
    "/data_objects/objects/{type_name}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List data objects
         * @description Lists the objects of one data object type, a page at a time, optionally only those whose identifier contains a search term. Data Objects is generally available, but the workspace must first be provisioned for Accounts.
         */
        get: operations["dataObjectsObjectsList"];
        put?: never;
        /**
         * Create a data object
         * @description Creates one object of a data object type. Every attribute must be declared by the type. Fails with 409 when an object with that identifier exists (replace it with PUT instead) and with 422 when the type holds as many objects as the workspace allows. Data Objects is generally available, but the workspace must first be provisioned for Accounts.
         */
        post: operations["dataObjectsObjectsCreate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/data_objects/objects": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Create or replace data objects in bulk
         * @description Creates or replaces up to 50 data objects, of any types, in one request. Validation is all or nothing: one invalid record makes Braze refuse the whole request with 400 and store nothing. A 202 only means the batch is queued; each record can still fail while it is applied. The single-record permissions do not grant access. Data Objects is generally available, but the workspace must first be provisioned for Accounts.
         */
        put: operations["dataObjectsObjectsBulkUpsert"];
        post?: never;
        /**
         * Delete data objects in bulk
         * @description Deletes up to 50 data objects, of any types, in one request. Validation is all or nothing: one invalid record makes Braze refuse the whole request with 400 and store nothing. A 202 only means the batch is queued; each record can still fail while it is applied. The single-record permissions do not grant access. Data Objects is generally available, but the workspace must first be provisioned for Accounts.
         */
        delete: operations["dataObjectsObjectsBulkDelete"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/data_objects/types/{type_name}/object_relationship_types": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List object relationship types of a data object type
         * @description Lists the relationship kinds that can link objects of this type to other data objects, from the side given by `anchor`; use them as `rel_kind` in object relationship requests. Data Objects is generally available, but the workspace must first be provisioned for Accounts.
         */
        get: operations["dataObjectsTypesListObjectRelationshipTypes"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/data_objects/types/{type_name}/user_relationship_types": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List user relationship types of a data object type
         * @description Lists the relationship kinds that can link users to objects of this type; use them as `rel_kind` in user relationship requests. Data Objects is generally available, but the workspace must first be provisioned for Accounts.
         */
        get: operations["dataObjectsTypesListUserRelationshipTypes"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/data_objects/types/{type_name}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a data object type
         * @description Returns one data object type with the JSON Schema of its fields, which tells which attributes its objects may hold. Data Objects is generally available, but the workspace must first be provisioned for Accounts.
         */
        get: operations["dataObjectsTypesGet"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/data_objects/types": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List data object types
         * @description Lists the data object types of the workspace, a page at a time, optionally only those whose name starts with a search term. Data Objects is generally available, but the workspace must first be provisioned for Accounts.
         */
        get: operations["dataObjectsTypesList"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/data_objects/user_relationships": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Create or replace user relationships in bulk
         * @description Creates or replaces up to 50 links between users and data objects in one request. Each record names its user by exactly one identifier. Validation is all or nothing: one invalid record makes Braze refuse the whole request with 400 and store nothing. A 202 only means the batch is queued; each record can still fail while it is applied. The single-record permissions do not grant access. Data Objects is generally available, but the workspace must first be provisioned for Accounts.
         */
        put: operations["dataObjectsUserRelationshipsBulkUpsert"];
        post?: never;
        /**
         * Delete user relationships in bulk
         * @description Deletes up to 50 links between users and data objects in one request. Each record names its user by exactly one identifier. Validation is all or nothing: one invalid record makes Braze refuse the whole request with 400 and store nothing. A 202 only means the batch is queued; each record can still fail while it is applied. The single-record permissions do not grant access. Data Objects is generally available, but the workspace must first be provisioned for Accounts.
         */
        delete: operations["dataObjectsUserRelationshipsBulkDelete"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/email/blacklist": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Blacklist email addresses (deprecated)
         * @deprecated
         * @description The original name of `/email/blocklist`, with the same behaviour: unsubscribes the given email addresses from email and marks them as hard bounced. Send one address or an array of up to 50. Braze recommends `/email/blocklist` instead.
         */
        post: operations["emailBlacklist"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/email/blocklist": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Blocklist email addresses
         * @description Unsubscribes the given email addresses from email and marks them as hard bounced, so Braze stops sending email to them. Send one address or an array of up to 50. The permission keeps its old name, `email.blacklist`.
         */
        post: operations["emailBlocklist"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/email/bounce/remove": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Remove hard-bounced email addresses
         * @description Removes email addresses from Braze's hard-bounce list and from the bounce list kept by your email provider, so they can receive email again. Send one address or an array of up to 50.
         */
        post: operations["emailBounceRemove"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/email/hard_bounces": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List hard-bounced email addresses
         * @description Lists email addresses that hard bounced within a date range, newest first, or tells whether one address hard bounced. Send `end_date` plus either `start_date` or `email`; when `email` is sent, the date range is ignored. Results come in pages of `limit` (up to 500) starting at `offset`; combining `email` with `limit`/`offset` can return an empty list.
         */
        get: operations["emailHardBounces"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/email/spam/remove": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Remove email addresses from the spam list
         * @description Removes email addresses from Braze's spam list and from the spam list kept by your email provider. Send one address or an array of up to 50.
         */
        post: operations["emailSpamRemove"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/email/status": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Change email subscription status
         * @description Sets the global email subscription state of email addresses: `opted_in`, `subscribed` (neither opted in nor out) or `unsubscribed`. The address need not belong to a user yet; the state is applied when a user with that address appears. Send one address or an array of up to 50.
         */
        post: operations["emailStatus"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/email/unsubscribes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List unsubscribed email addresses
         * @description Lists the email addresses that unsubscribed between `start_date` and `end_date` (newest first unless `sort_direction=asc`), or tells whether one address unsubscribed; useful to keep another email system in sync. Send `end_date` plus either `start_date` or `email`. Results come in pages of `limit` (up to 500) starting at `offset`. For a full history of subscription changes use Currents.
         */
        get: operations["emailUnsubscribes"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Export custom events with their details
         * @description Lists the custom events recorded for the workspace with their description, status, tags and whether they are in the analytics report, 50 per page in alphabetical order. Follow the `rel="next"` URL of the `Link` header for more.
         */
        get: operations["eventsGet"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/events/data_series": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Export custom event analytics
         * @description Returns how many times a custom event occurred per day or per hour over a period, for the whole workspace, one app, or one analytics-enabled segment. `length` counts units (1 to 100) ending at `ending_at`.
         */
        get: operations["eventsDataSeries"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/events/list": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Export custom event names
         * @description Lists the names of the custom events recorded for the workspace, 250 per page in alphabetical order. Pages are numbered from 0.
         */
        get: operations["eventsList"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/export/segment/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Cancel segment exports
         * @description Cancels every ongoing user export (from `/users/export/segment`) of the given segment. The page requires the `segments.list` permission.
         */
        post: operations["exportSegmentCancel"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/feed/data_series": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Export News Feed card analytics
         * @deprecated
         * @description Returns a News Feed card's engagement (clicks, impressions, and their unique counts) per day or per hour over a period. `length` counts units (1 to 100) ending at `ending_at`. News Feed is deprecated in favour of Content Cards.
         */
        get: operations["feedDataSeries"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/feed/details": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Export News Feed card details
         * @deprecated
         * @description Returns a News Feed card's name, title, description, image, extras, publication window, tags, and whether it is archived or a draft. News Feed is deprecated in favour of Content Cards.
         */
        get: operations["feedDetails"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/feed/list": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Export News Feed cards list
         * @deprecated
         * @description Lists News Feed cards with their API identifier, type, title and tags, 100 per page sorted by creation time (oldest first by default). Pages are numbered from 0. News Feed is deprecated in favour of Content Cards.
         */
        get: operations["feedList"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/kpi/dau/data_series": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Export daily active users
         * @description Returns, for each day in the range, the number of unique users active that day, for the whole workspace or one app. `length` counts days (1 to 100) ending at `ending_at`.
         */
        get: operations["kpiDauDataSeries"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/kpi/mau/data_series": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Export monthly active users
         * @description Returns a daily series of the number of unique users active over the rolling 30 days ending on each date, for the whole workspace or one app. `length` counts days (1 to 100) ending at `ending_at`.
         */
        get: operations["kpiMauDataSeries"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/kpi/new_users/data_series": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Export daily new users
         * @description Returns, for each day in the range, the number of new users, for the whole workspace or one app. `length` counts days (1 to 100) ending at `ending_at`.
         */
        get: operations["kpiNewUsersDataSeries"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/kpi/uninstalls/data_series": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Export daily app uninstalls
         * @description Returns, for each day in the range, the number of app uninstalls, for the whole workspace or one app. `length` counts days (1 to 100) ending at `ending_at`.
         */
        get: operations["kpiUninstallsDataSeries"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/media_library/create": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Upload an asset to the media library
         * @description Adds a file to the workspace's media library, either by copying it from a publicly accessible URL (`asset_url`) or from file data sent in the body (`asset_file`); send exactly one of the two. Accepted: images (GIF, ICO, JPEG, JPG, PNG, WebP), SVG, documents (DOC, DOCX, PDF, PPT, PPTX, XLS, XLSX), each at most 5 MB, and ZIP files of those (at most 50 MB in all, 5 MB per file, all files at the archive's root). Another type is refused with `UNSUPPORTED_FILE_TYPE`; unsupported files inside a ZIP are skipped and listed in `errors` while the rest is uploaded. Videos and contact cards (.vcf) can only be uploaded in the dashboard. Without `name` the asset keeps its original file name; for a ZIP file `name` becomes a prefix followed by an increasing number.
         */
        post: operations["mediaLibraryCreate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/media_library/replace_file": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Replace an asset in the media library
         * @description Swaps the file behind an existing media library asset while keeping its asset ID and URL. The new file comes either from a publicly accessible URL (`asset_url`) or from file data sent in the body (`asset_file`); send exactly one of the two. Its extension must be the same as the asset's (a `.png` stays a `.png`). Images, SVGs, documents, fonts, contact cards and code files can be replaced; videos cannot. Failures carry an `error_code` (such as `ASSET_NOT_FOUND`, `EXTENSION_MISMATCH` or `ASSET_SIZE_EXCEEDS_LIMIT`) and a `meta` object with the values involved.
         */
        put: operations["mediaLibraryReplaceFile"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/messages/live_activity/start": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Start a Live Activity remotely
         * @description Starts an iOS Live Activity on users' devices through a push-to-start notification. The app must register the activity type with the Braze Swift SDK (`liveActivities.registerPushToStart`). Target users with up to 50 `external_user_ids` and/or `user_aliases` (50 in all; only users that already exist are reached), a `segment_id` or a `custom_audience` (one of them is required; do not mix listed users with a segment or audience). Keep the `activity_id`: it is needed to update or end the activity. Without `content-available` the APNs priority is 10, with it 5. To end the activity (or dismiss it at a set time), call `/messages/live_activity/update` with `end_activity: true` from your backend at that time.
         */
        post: operations["messagesLiveActivityStart"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/messages/live_activity/update": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Update or end a Live Activity
         * @description Sends new `content_state` values to a running iOS Live Activity, or ends it with `end_activity: true`. The activity is identified by `activity_id`: the push token tag given when it was registered (remotely or locally) with the Braze Swift SDK. An optional `notification` alerts the user and shows on paired devices such as Apple Watch. Without `content-available` the APNs priority is 10, with it 5.
         */
        post: operations["messagesLiveActivityUpdate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/messages/schedule/create": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Schedule an API-only message
         * @description Schedules a message, whose content is given in `messages`, to go out at the time in `schedule` (in UTC, in each user's local time, or at each user's optimal time). Targeting works as for `/messages/send`: up to 50 `external_user_ids` and/or `user_aliases`, a `segment_id`, a connected `audience`, or `broadcast: true`. The response's `schedule_id` is needed to update or cancel the schedule. When a segment is targeted, the request is logged in the Developer Console once all messages have gone out.
         */
        post: operations["messagesScheduleCreate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/messages/schedule/delete": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Cancel a scheduled API-only message
         * @description Cancels a message scheduled with `/messages/schedule/create` before it has been sent.
         */
        post: operations["messagesScheduleDelete"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/messages/schedule/update": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Update a scheduled API-only message
         * @description Changes the time and/or the content of a message scheduled with `/messages/schedule/create`. At least one of `schedule` and `messages` must be given; a new `schedule` replaces the old one entirely (so leaving out `in_local_time` switches back to UTC).
         */
        post: operations["messagesScheduleUpdate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/messages/scheduled_broadcasts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List upcoming scheduled campaigns and Canvases
         * @description Lists the campaigns and Canvases scheduled in the dashboard to send between now and `end_time`, with their next send time. A recurring (for example daily) message appears once, with its next occurrence.
         */
        get: operations["messagesScheduledBroadcasts"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/messages/send": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Send a message immediately (API-only)
         * @description Sends an ad-hoc message, whose content is given in `messages`, to users right away. Target users by `external_user_ids` and/or `user_aliases` (up to 50 each), a `segment_id`, a connected `audience`, or a combination (listed users then only receive the message if they are also in the segment or audience). When no users are listed, `broadcast` must be `true`. Give a `campaign_id` (of an API campaign) to get campaign statistics in the dashboard, and a `send_id` to track this send separately. Sends that target a segment are logged in the Developer Console. Users listed by `external_user_ids` or `user_aliases` must already exist in Braze: create them first with `/users/track` (and allow a few minutes, since its processing time is not guaranteed), or use an API-triggered campaign or Canvas, which can create missing recipients.
         */
        post: operations["messagesSend"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/preference_center/v1": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create a preference center
         * @description Creates a preference center: a page where users manage their email subscription states, built from your own HTML. Braze's Liquid tags in the HTML read the user's global email state and subscription group states (`subscribed_state`), name the form inputs (`form_field_name`) and give the form's submit URL (`preference_center_submit_url`). The name cannot be changed later. The response's `liquid_tag` inserts a link to the preference center in messages.
         */
        post: operations["preferenceCenterCreate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/preference_center/v1/list": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List preference centers
         * @description Lists the workspace's preference centers with their API identifiers and creation and update times.
         */
        get: operations["preferenceCenterList"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/preference_center/v1/{preferenceCenterExternalID}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The preference center's ID (its `preference_center_api_id`).
                 * @example 8efc52aa-935e-42b7-bd6b-98f43bb9b0f1
                 */
                preferenceCenterExternalID: string;
            };
            cookie?: never;
        };
        /**
         * View a preference center
         * @description Returns a preference center's definition (title, HTML of its pages, options and state) and when it was created and updated.
         */
        get: operations["preferenceCenterGet"];
        /**
         * Update a preference center
         * @description Replaces the title, page HTML, options or state of a preference center. Both HTML pages must be sent. The name cannot be changed.
         */
        put: operations["preferenceCenterUpdate"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/preference_center/v1/{preferenceCenterExternalID}/url/{userID}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Generate a user's preference center URL
         * @description Returns the URL of a preference center for one user (each user has their own URL). Only works for the newer preference centers (created through the API or the drag-and-drop editor).
         */
        get: operations["preferenceCenterUserUrl"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/purchases/product_list": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Export product IDs
         * @description Lists the product IDs that purchases were recorded for, one page at a time.
         */
        get: operations["purchasesProductList"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/purchases/quantity_series": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Export number of purchases
         * @description Returns the number of purchases per day or per hour over a period, for all apps or one app and for all products or one product. `length` counts units (1 to 100) ending at `ending_at`.
         */
        get: operations["purchasesQuantitySeries"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/purchases/revenue_series": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Export revenue over time
         * @description Returns the money spent per day or per hour over a period, for all apps or one app and for all products or one product. `length` counts units (1 to 100) ending at `ending_at`.
         */
        get: operations["purchasesRevenueSeries"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/scim/v2/Users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Search dashboard users by email
         * @description Looks up a dashboard user account by email address with a SCIM filter of the form `userName eq "user@test.com"` (URL-encoded: `filter=userName%20eq%20%22user@test.com%22`). Returns a SCIM list response. Authenticated with the SCIM token and the `X-Request-Origin` header, not a REST API key. Needs Braze's custom SCIM integration: a company that provisions users through the Okta or Entra ID integration cannot call it (one SCIM bridge per company).
         */
        get: operations["scimUsersSearch"];
        put?: never;
        /**
         * Create a dashboard user account
         * @description Creates a dashboard user account from an email address (`userName`), a given and family name, a department and optional permissions at company, role, workspace and team level. Returns the new SCIM user resource with its `id`. Fails with 409 if a user with this email address already exists. Authenticated with the SCIM token and the `X-Request-Origin` header, not a REST API key. Needs Braze's custom SCIM integration: a company that provisions users through the Okta or Entra ID integration cannot call it (one SCIM bridge per company).
         */
        post: operations["scimUsersCreate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/scim/v2/Users/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a dashboard user account
         * @description Returns one dashboard user account (email, name, department, last sign-in, creation time and permissions) by its SCIM resource ID. Authenticated with the SCIM token and the `X-Request-Origin` header, not a REST API key. Needs Braze's custom SCIM integration: a company that provisions users through the Okta or Entra ID integration cannot call it (one SCIM bridge per company).
         */
        get: operations["scimUsersGet"];
        /**
         * Update a dashboard user account
         * @description Replaces the name, department and permissions of a dashboard user account identified by its SCIM resource ID; all of them must be sent. The email address (`userName`) cannot be changed this way (contact Braze Support). Returns the updated SCIM user resource. Authenticated with the SCIM token and the `X-Request-Origin` header, not a REST API key. Needs Braze's custom SCIM integration: a company that provisions users through the Okta or Entra ID integration cannot call it (one SCIM bridge per company).
         */
        put: operations["scimUsersReplace"];
        post?: never;
        /**
         * Delete a dashboard user account
         * @description Permanently deletes a dashboard user account, like deleting the user on the Company Users page of the dashboard. Returns 204 with no body. Authenticated with the SCIM token and the `X-Request-Origin` header, not a REST API key. Needs Braze's custom SCIM integration: a company that provisions users through the Okta or Entra ID integration cannot call it (one SCIM bridge per company).
         */
        delete: operations["scimUsersDelete"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/segments/data_series": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Export segment size over time
         * @description Returns a daily series of a segment's estimated size. `length` counts days (1 to 100) ending at `ending_at`. For the exact size, export the segment's users with `/users/export/segment` and count them.
         */
        get: operations["segmentsDataSeries"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/segments/details": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Export segment details
         * @description Returns a segment's name, descriptions (a readable summary of its filters and its own description), creation and update dates, tags and Teams.
         */
        get: operations["segmentsDetails"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/segments/list": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Export segment list
         * @description Lists the workspace's segments with their API identifier, name, tags and whether analytics tracking is enabled, 100 per page sorted by creation time (oldest first by default). Archived segments are not included. Pages are numbered from 0.
         */
        get: operations["segmentsList"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/sends/data_series": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Export send analytics
         * @description Returns a daily series of statistics for one tracked `send_id` of an API campaign. Braze keeps send analytics for 14 days after the send; conversions are credited to the most recent `send_id` a user received from the campaign.
         */
        get: operations["sendsDataSeries"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/sends/id/create": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create a send ID
         * @description Creates a send identifier for an API campaign, so that programmatically generated sends can be tracked separately without creating a campaign for each one. Pass it as `send_id` when sending and read its statistics with `/sends/data_series`.
         */
        post: operations["sendsIdCreate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/sessions/data_series": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Export app sessions over time
         * @description Returns the number of sessions per day or per hour over a period, for the whole workspace, one app, or one analytics-enabled segment. `length` counts units (1 to 100) ending at `ending_at`.
         */
        get: operations["sessionsDataSeries"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/sms/invalid_phone_numbers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List invalid phone numbers
         * @description Lists phone numbers Braze marked invalid within a date range, newest first, with the reason (the provider reported the number cannot receive SMS, or the number was deactivated), or checks specific numbers. Send `start_date` and `end_date`, or `phone_numbers` (which takes precedence). Results come in pages of `limit` (up to 500) starting at `offset`.
         */
        get: operations["smsInvalidPhoneNumbersList"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/sms/invalid_phone_numbers/remove": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Remove invalid phone numbers
         * @description Removes phone numbers from Braze's invalid list so they are treated as valid again (for example after the number was re-verified). Up to 50 numbers per request.
         */
        post: operations["smsInvalidPhoneNumbersRemove"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/subscription/status/get": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get users' state in a subscription group
         * @description Returns, for one subscription group, the state of each requested user: `Subscribed`, `Unsubscribed` or `Unknown`. Identify users by `external_id`, or by `email` (email groups) or `phone` (SMS and WhatsApp groups), up to 50 each; sending both email and phone without an external ID is an error. A user who unsubscribed globally keeps their last group states, which this endpoint returns.
         */
        get: operations["subscriptionStatusGet"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/subscription/status/set": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Update users' state in a subscription group
         * @description Subscribes or unsubscribes up to 50 users to one subscription group. Identify users by `external_id`, or by `email` for email groups or `phone` for SMS and RCS groups (never both email and phone). Every user sharing a given email address or phone number is updated. Use `/users/track` to change other profile data (it can also set subscription groups while creating a user); `/v2/subscription/status/set` updates several groups at once. A state set for an email address or phone number that belongs to no user is kept for up to 30 days (and applied if a user gets that address or number); deleting the only user with an address or number deletes its state at once.
         */
        post: operations["subscriptionStatusSet"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/subscription/user/status": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List a user's subscription groups
         * @description Lists the subscription groups a user has a history with and the user's state in each. Identify users by `external_id`, `email` or `phone` (up to 50 each); users sharing an email address are returned separately. Groups the user never changed state in (such as newly created ones) are not listed. Results are paged with `limit` (at most 100) and `offset`.
         */
        get: operations["subscriptionUserStatus"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/templates/email/create": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create an email template
         * @description Creates an email template, which then appears on the Templates & Media page of the dashboard. The response returns the new `email_template_id`, needed to update the template later. Tags must already exist in the workspace. When `should_inline_css` is left out, the workspace's default CSS-inlining setting applies.
         */
        post: operations["templatesEmailCreate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/templates/email/info": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get an email template
         * @description Returns the details of one email template: name, subject, preheader, HTML and plain-text bodies, tags and timestamps. Templates built with the drag-and-drop email editor are not supported by this endpoint.
         */
        get: operations["templatesEmailInfo"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/templates/email/list": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List email templates
         * @description Lists the email templates of the workspace (name, ID, tags and timestamps), optionally only those modified in a time window. Pages with `offset` and `limit` (100 by default, at most 1,000 per call). Templates built with the drag-and-drop email editor are not included.
         */
        get: operations["templatesEmailList"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/templates/email/translations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * View all translations and locales for an email template
         * @description Returns every translation of an email template, one entry per locale with its translation map. To read a single locale, use `GET /templates/translations/email` with its `locale_id`.
         */
        get: operations["templatesEmailTranslationsGet"];
        /**
         * Update translations for an email template
         * @description Replaces the translations of one locale in an email template. The translations must cover every translation tag of the template (missing IDs are refused) and stay under 20 MB.
         */
        put: operations["templatesEmailTranslationsUpdate"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/templates/email/translations/source": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * View source translations for an email template
         * @description Returns the default (source) text of every translation tag in an email template, that is the text between `{% translation id_N %}` and `{% endtranslation %}`. Unlike the other template translation endpoints, it requires the `templates.email.info` permission.
         */
        get: operations["templatesEmailTranslationsSource"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/templates/email/update": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Update an email template
         * @description Updates an existing email template identified by `email_template_id` (shown on the Templates & Media page and returned when the template is created). Every other field is optional, but at least one must be sent; fields left out keep their value. Tags must already exist in the workspace.
         */
        post: operations["templatesEmailUpdate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/templates/translations/email": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * View a specific translation and locale for an email template
         * @description Returns the translations of an email template for the locale given by `locale_id` (or for every locale when it is left out), one entry per locale with its translation map. The same data is also served by `GET /templates/email/translations`.
         */
        get: operations["templatesTranslationsEmail"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/templates/webhook/translations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * View translations for a webhook template
         * @description Returns the translations of a webhook template, one entry per locale with its translation map; pass `locale_id` to get a single locale.
         */
        get: operations["templatesWebhookTranslationsGet"];
        /**
         * Update translations for a webhook template
         * @description Replaces the translations of one locale in a webhook template. The locale must already be set up on the template. A success returns an empty object.
         */
        put: operations["templatesWebhookTranslationsUpdate"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/templates/webhook/translations/source": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * View source translations for a webhook template
         * @description Returns the default (source) text of every translation tag in a webhook template, that is the text between `{% translation id_N %}` and `{% endtranslation %}`.
         */
        get: operations["templatesWebhookTranslationsSource"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/transactional/v1/campaigns/{campaign_id}/send": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Send a transactional email
         * @description Sends one message of a Transactional Email campaign (created in the dashboard) to a single user, identified by `external_user_id` or `user_alias`. Meant for 1:1 messages such as order confirmations and password resets; delivery events for the returned `dispatch_id` arrive through the Transactional HTTP event postback. An `external_send_id` is also a deduplication key for 24 hours. Transactional Email is part of select Braze packages.
         */
        post: operations["transactionalSend"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/users/alias/new": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create user aliases
         * @description Adds aliases to existing identified users, or creates new alias-only (unidentified) users. Including `external_id` adds the alias to that user (if no user has that ID, the alias is added to nobody); omitting it creates an alias-only profile, which can later receive data through `/users/track` and be identified with `/users/identify`. A label and name pair must be unique across the workspace: sending a pair that some user already has still answers success (and counts it as processed) but adds nothing. Up to 50 aliases per request.
         */
        post: operations["usersAliasNew"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/users/alias/update": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Update user aliases
         * @description Renames existing user aliases: for each entry, the alias with `alias_label` and `old_alias_name` gets the name `new_alias_name`. Entries whose alias does not exist are ignored. Up to 50 updates per request; the order in which they are applied is not guaranteed.
         */
        post: operations["usersAliasUpdate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/users/delete": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Delete users
         * @description Permanently deletes user profiles (cannot be undone): attributes, email address, phone number, external ID, gender, country and language are nulled and the profile removed; lifetime user counts are updated, while conversion statistics and event or purchase counts are not. Send up to 50 identifiers per request, using only one of `external_ids`, `user_aliases`, `braze_ids`, `email_addresses` or `phone_numbers`. To retire an old external ID after a rename, use `/users/external_ids/remove` instead.
         */
        post: operations["usersDelete"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/users/export/global_control_group": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Export user profiles in the Global Control Group
         * @description Starts an asynchronous export of every user currently in the Global Control Group, as files of newline-separated JSON user objects, delivered to your S3 or Azure bucket or, without credentials, through a download URL in the response. Braze keeps no history of when users joined or left the group. Individual custom attributes cannot be chosen, but `custom_attributes` in `fields_to_export` exports all of them.
         */
        post: operations["usersExportGlobalControlGroup"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/users/export/ids": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Export user profiles by identifier
         * @description Returns the full profiles of specific users. Send up to 50 `external_ids` and/or `user_aliases`, or exactly one `device_id`, `braze_id`, `email_address` or `phone`. The whole profile is assembled (campaigns and Canvases received, events, purchases, custom attributes), so this endpoint is slower than most; use `fields_to_export` to return less (it is required for workspaces created on or after 2024-08-22). For large pulls, export by segment instead.
         */
        post: operations["usersExportIds"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/users/export/segment": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Export user profiles by segment
         * @description Starts an asynchronous export of every user in a segment, as files of newline-separated JSON user objects (about one file per 5,000 users). With S3, Azure or Google Cloud Storage credentials set up, the files go to your bucket as `segment-export/SEGMENT_ID/YYYY-MM-dd/RANDOM_UUID-TIMESTAMP/filename.zip`; otherwise the response gives a download URL that works once the export is ready, for a few hours, and large exports may fail (a failed export is reported by email). `fields_to_export` is required, and the `custom_events`, `purchases`, `campaigns_received` and `canvases_received` fields cover only the last 90 days. A company can run one export per segment at a time (a second one gets 429) and at most 100 segment exports at once. Large user bases can take an hour or more.
         */
        post: operations["usersExportSegment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/users/external_ids/remove": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Remove deprecated external IDs
         * @description Removes deprecated external IDs left behind by `/users/external_ids/rename`. Only deprecated IDs can be removed (a primary ID returns an error), and removal cannot be undone. Up to 50 IDs per request.
         */
        post: operations["usersExternalIdsRemove"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/users/external_ids/rename": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Rename external IDs
         * @description Gives users a new primary external ID and keeps the current one as a deprecated ID, so both identify the user during a migration. The current ID must be the user's primary ID, the new ID must not be in use (primary or deprecated), and the two must differ. Remove deprecated IDs later with `/users/external_ids/remove` (not `/users/delete`, which would delete the user). Up to 50 renames per request; MAU, history and data points are unaffected.
         */
        post: operations["usersExternalIdsRename"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/users/identify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Identify users
         * @description Identifies unidentified profiles (alias-only, email-only or phone-number-only) with an external ID. If no user has that external ID yet, it is added to the unidentified profile; otherwise the unidentified profile is merged into the identified one (names, contact data, custom attributes, event and purchase summaries, sessions, message history, and so on, where missing on the target) and removed. A user holds one alias per label: if the identified user already has an alias with the same label, nothing is merged. Send at least one of the three arrays; up to 50 entries per request.
         */
        post: operations["usersIdentify"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/users/merge": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Merge users
         * @description Merges one user profile into another, asynchronously. Fields missing on the kept profile (names, email, phone, gender, date of birth, location and language data, devices, custom attributes, event and purchase data and summaries, app and session data, campaign and Canvas history) are copied from the merged profile, which is then removed. Users can be referenced by `external_id`, `user_alias`, or by `email`/`phone` with a `prioritization` list. Up to 50 merges per request; their order is not guaranteed. Merges are not reflected in Snowflake-powered features (Messaging History tab, Segment Extensions, Query Builder, Currents).
         */
        post: operations["usersMerge"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/users/subscription": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List subscription states by email address or phone number
         * @description Returns, for each given email address and phone number (up to 50 of each), its global email subscription state, its subscription group states with the date of each change, and for email its hard-bounce and spam dates. Entries are listed newest first. This endpoint is documented on a hidden page (whose example URL misspells the path as `/users/subscriptions`).
         */
        get: operations["usersSubscriptionGet"];
        put?: never;
        post?: never;
        /**
         * Delete subscription states by email address or phone number
         * @description Removes the stored subscription state for the given email addresses and/or phone numbers (up to 50 of each). The deletion is queued. This endpoint is documented on a hidden page.
         */
        delete: operations["usersSubscriptionDelete"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/users/track": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create and update users
         * @description Records custom events and purchases and creates or updates user profile attributes, in one batch. How many objects one request may hold depends on the contract: on current contracts (including the Monthly Active Users CY 24-25, Universal, Web and Mobile MAU plans) at most 75 objects in total across `attributes`, `events` and `purchases`; on legacy rate limits up to 75 of each kind (225 in all). Every object names its user by one primary identifier (`external_id`, `user_alias` or `braze_id`; more than one rejects the object) or, without one, by `email` or `phone` (email wins when both are sent); beside a primary identifier, `email` and `phone` are just attributes. Processing is asynchronous: success means the data was queued, and separate requests are not guaranteed to be applied in order. Invalid objects are reported in `errors` while the rest is still processed. Send only changed values, since each update costs data points. Profiles that do not exist yet are created (an email-only profile when identified by email; an alias-only profile only when `_update_existing_only` is `false`). For large backfills use `/users/track/bulk`.
         */
        post: operations["usersTrack"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/users/track/bulk": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create and update users (bulk)
         * @description The bulk form of `/users/track`, for backfills and large daily syncs: records attributes, custom events and purchases for up to 1,000 objects (across `attributes`, `events` and `purchases`, at most 100 per user profile) in a request of at most 2 MB; the object limit of an account depends on its bulk rate-limit policy. Every object names its user by one of `external_id`, `user_alias`, `braze_id`, `email` or `phone`. Processing is asynchronous and, under peak load, yields to `/users/track`; use `/users/track` for real-time updates. Invalid objects are reported in `errors` while the rest is still processed. In limited beta: Braze is not adding customers to it for now.
         */
        post: operations["usersTrackBulk"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/users/track/sync": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Track users (synchronous)
         * @description Like `/users/track`, but waits until the update is applied and answers with the resulting profile values. A request carries a single object: one attributes object, one event object or one purchase object, for one user. Use it where ordering matters (consecutive updates to the same user), and `/users/track` for bulk traffic. A completed request can still leave a value unchanged (too long, array limit reached, or `_update_existing_only` with no such user). This endpoint is in beta.
         */
        post: operations["usersTrackSync"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/device-messaging/banners/sync": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Retrieve Banners for a user
         * @description Returns, for each requested placement, the Banner the user is eligible for (or `null`), as structured properties to build your own interface from. Part of the Device Messaging API, which is called with a client-side REST API key holding `banners.sync` (a private REST API key is refused) on the instance's usual REST endpoint. With `device_id` of a device on the user's profile, Liquid `targeted_device` tags in the Banner are filled in; otherwise they fall back to their defaults and the call still succeeds. In beta: ask Braze for access.
         */
        post: operations["deviceMessagingBannersSync"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/device-messaging/banners/track": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Track Banner events
         * @description Records impressions, clicks and dismissals of Banners for one user, using the Banner `id` returned by the sync endpoint (not the placement ID). Each event is checked on its own: valid ones are queued and skipped ones are listed in `errors` by index; only when none is valid does the request fail with 400. A dismissal stops the Banner from coming back in later syncs (unless the campaign makes it eligible again), but it is processed asynchronously, sometimes over minutes, so the app should hide the Banner itself. Part of the Device Messaging API: called with a client-side REST API key holding `banners.track`. In beta: ask Braze for access.
         */
        post: operations["deviceMessagingBannersTrack"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/subscription/status/set": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Update users' subscription group states (v2)
         * @description Updates users' states in one or more subscription groups in a single call. Each entry names a group, the state, and up to 50 users by `external_ids`, `emails` or `phones` (not both emails and phones in one entry). Everyone sharing an email address or phone number is updated. For SMS groups, `use_double_opt_in_logic` sends subscribed users through the SMS double opt-in flow. Phone numbers not in E.164 format are rejected. A state set for an email address or phone number that belongs to no user is kept for up to 30 days. Using LINE subscription groups requires contacting Braze.
         */
        post: operations["v2SubscriptionStatusSet"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /** @description One problem in a request. Braze uses plain strings on older endpoints and objects on newer ones. */
        ErrorDetail: string | ({
            /** @description A stable machine-readable code, such as `catalog-not-found`. */
            id?: string;
            /** @description A human-readable explanation. */
            message?: string;
            /** @description The request parameters involved. */
            parameters?: string[];
            /** @description The values that were sent for those parameters. */
            parameter_values?: unknown[];
        } & {
            [key: string]: unknown;
        });
        /** @description The body Braze returns when it refuses a request. `message` holds the error text; some endpoints add an `errors` array with details. Catalog endpoints return structured errors (`id`, `message`, `parameters`, `parameter_values`), translation endpoints return `{ message }` items. */
        ErrorResponse: {
            /** @description What went wrong, in Braze's words. */
            message?: string;
            /** @description Details of each problem found in the request. */
            errors?: components["schemas"]["ErrorDetail"][];
        } & {
            [key: string]: unknown;
        };
        /** @description An SDK Authentication key of an app (an RSA public key used to verify the app's user JWTs). */
        SdkAuthKey: {
            /** @description The key ID. */
            id: string;
            /** @description The RSA public key, in PEM format. */
            rsa_public_key: string;
            /** @description The key's description. */
            description: string;
            /** @description Whether this is the app's primary key. */
            is_primary: boolean;
        } & {
            [key: string]: unknown;
        };
        /** @description The SDK Authentication keys of an app. */
        SdkAuthKeyList: {
            /** @description The keys (at most three per app). */
            keys: components["schemas"]["SdkAuthKey"][];
        } & {
            [key: string]: unknown;
        };
        /** @description Braze's standard acknowledgement. `message` is `success` when the request was accepted (which does not mean anything was delivered yet). Non-fatal problems are listed in `errors` while `message` stays `success`. */
        SuccessResponse: {
            /**
             * @description `success` when the request was accepted.
             * @example success
             */
            message: string;
            /** @description Non-fatal problems found while processing the request. */
            errors?: components["schemas"]["ErrorDetail"][];
        } & {
            [key: string]: unknown;
        };
        /**
         * @description An ISO 8601 date or date-time, as Braze's query filters accept it: a date (`2020-06-28`), optionally followed by a time with optional fractional seconds and an optional UTC offset (`Z`, `-05:00`, `-0500`, `-5:00`). A value with an explicit offset (RFC 3339, for example `2020-06-28T23:59:59-05:00`) is the least ambiguous choice.
         * @example 2020-06-28T23:59:59-05:00
         */
        Iso8601DateTime: string;
        /** @description Statistics of one message variation on one channel for one day. Which counters appear depends on the channel: push (`sent`, `direct_opens`, `total_opens`, `bounces`, `body_clicks`), email (`opens`, `unique_opens`, `clicks`, `unique_clicks`, `unsubscribes`, `bounces`, `delivered`, `reported_spam`), SMS (`sent_to_carrier`, `delivered`, `rejected`, `delivery_failed`, `clicks`, `opt_out`, `help`), WhatsApp (`delivered`, `failed`, `read`), webhook (`errors`), Content Cards (`total_clicks`, `total_dismissals`, `total_impressions`, `unique_clicks`, `unique_dismissals`, `unique_impressions`) and in-app messages (`impressions`, `clicks`, `first_button_clicks`, `second_button_clicks`). Multivariate campaigns also report conversions and revenue per variation. */
        CampaignMessageStats: {
            /** @description The API identifier of the variation. */
            variation_api_id?: string;
            /** @description The name of the variation. */
            variation_name?: string;
            /** @description Messages sent. */
            sent?: number;
            /** @description Messages delivered. */
            delivered?: number;
            /** @description Messages not delivered. */
            undelivered?: number;
            /** @description Deliveries that failed or were rejected. */
            delivery_failed?: number;
            /** @description Opens directly from the notification. */
            direct_opens?: number;
            /** @description All opens, including influenced opens. */
            total_opens?: number;
            /** @description Opens influenced by the notification. */
            influenced_opens?: number;
            /** @description Email opens. */
            opens?: number;
            /** @description Unique email opens. */
            unique_opens?: number;
            /** @description Bounces. */
            bounces?: number;
            /** @description Clicks on the notification body. */
            body_clicks?: number;
            /** @description Clicks. */
            clicks?: number;
            /** @description Unique clicks. */
            unique_clicks?: number;
            /** @description Unsubscribes. */
            unsubscribes?: number;
            /** @description Messages reported as spam. */
            reported_spam?: number;
            /** @description Webhook errors. */
            errors?: number;
            /** @description SMS handed to the carrier. */
            sent_to_carrier?: number;
            /** @description SMS rejected. */
            rejected?: number;
            /** @description SMS opt-outs. */
            opt_out?: number;
            /** @description SMS help replies received. */
            help?: number;
            /** @description WhatsApp deliveries that failed. */
            failed?: number;
            /** @description WhatsApp messages read. */
            read?: number;
            /** @description Content Card clicks. */
            total_clicks?: number;
            /** @description Content Card dismissals. */
            total_dismissals?: number;
            /** @description Content Card impressions. */
            total_impressions?: number;
            /** @description Unique Content Card dismissals. */
            unique_dismissals?: number;
            /** @description Unique Content Card impressions. */
            unique_impressions?: number;
            /** @description In-app message impressions. */
            impressions?: number;
            /** @description Clicks on the first in-app message button. */
            first_button_clicks?: number;
            /** @description Clicks on the second in-app message button. */
            second_button_clicks?: number;
            /** @description Revenue in US dollars. */
            revenue?: number;
            /** @description Unique recipients. */
            unique_recipients?: number;
            /** @description Users enrolled. */
            enrolled?: number;
            /** @description Conversions (primary conversion event). */
            conversions?: number;
            /** @description Conversions attributed to the send date. */
            conversions_by_send_time?: number;
            /** @description Conversions for the second conversion event. */
            conversions1?: number;
            /** @description Second-event conversions attributed to the send date. */
            conversions1_by_send_time?: number;
            /** @description Conversions for the third conversion event. */
            conversions2?: number;
            /** @description Third-event conversions attributed to the send date. */
            conversions2_by_send_time?: number;
            /** @description Conversions for the fourth conversion event. */
            conversions3?: number;
            /** @description Fourth-event conversions attributed to the send date. */
            conversions3_by_send_time?: number;
        } & {
            [key: string]: number;
        };
        /** @description One day of campaign (or send) statistics, with totals and per-channel, per-variation counters. */
        CampaignDataSeriesEntry: {
            /**
             * @description The day, as an ISO 8601 date.
             * @example 2024-06-28
             */
            time: string;
            /** @description Statistics by channel (`ios_push`, `android_push`, `kindle_push`, `web_push`, `email`, `sms`, `whats_app`, `webhook`, `content_cards`, `in_app_message`, `trigger_in_app_message`, …), each a list of variations. */
            messages?: {
                [key: string]: components["schemas"]["CampaignMessageStats"][];
            };
            /** @description Unique recipients that day. */
            unique_recipients?: number;
            /** @description Revenue in US dollars. */
            revenue?: number;
            /** @description Conversions (primary conversion event). */
            conversions?: number;
            /** @description Conversions attributed to the send date. */
            conversions_by_send_time?: number;
            /** @description Conversions for the second conversion event. */
            conversions1?: number;
            /** @description Second-event conversions attributed to the send date. */
            conversions1_by_send_time?: number;
            /** @description Conversions for the third conversion event. */
            conversions2?: number;
            /** @description Third-event conversions attributed to the send date. */
            conversions2_by_send_time?: number;
            /** @description Conversions for the fourth conversion event. */
            conversions3?: number;
            /** @description Fourth-event conversions attributed to the send date. */
            conversions3_by_send_time?: number;
        } & {
            [key: string]: unknown;
        };
        /** @description Daily statistics of a campaign (or of one send of an API campaign). */
        CampaignDataSeriesResponse: {
            /** @description `success` when the export completed without errors. */
            message?: string;
            /** @description One entry per day, oldest first. */
            data: components["schemas"]["CampaignDataSeriesEntry"][];
        } & {
            [key: string]: unknown;
        };
        /** @description One message (variation) of a campaign or Canvas step, keyed by its message variation ID. `channel` says which channel-specific fields are present; control variations only have `channel` and `type: control`. */
        CampaignMessageDetails: {
            /** @description The channel, such as `ios_push`, `android_push`, `email`, `webhook`, `content_cards`, `sms`, `whats_app` or `in_app_message`. */
            channel?: string;
            /** @description The variation name in the dashboard, such as `Variation 1`. */
            name?: string;
            /** @description The in-app message type (such as `survey`), or `control` for a control group. */
            type?: string;
            /** @description Whether the message has content that can be translated; present only when the request sets `include_has_translatable_content`. */
            has_translatable_content?: boolean;
            /** @description Push alert text. */
            alert?: string;
            /** @description Push title, or the name of an email. */
            title?: string;
            /** @description Push click action link. */
            action?: string;
            /** @description The notification image (Android, iOS) or web push icon. */
            image_url?: string | null;
            /** @description The web push large image (Chrome on Android and Windows); null otherwise. */
            large_image_url?: string | null;
            /** @description Key-value pairs set on the message (push and Content Cards), or the list of email extras. */
            extras?: {
                [key: string]: unknown;
            } | unknown[];
            /** @description Email subject. */
            subject?: string;
            /** @description Email HTML body, SMS text or webhook payload. */
            body?: string;
            /** @description Email sender (display name and address), or the phone numbers of the SMS/WhatsApp subscription group. */
            from?: string | string[];
            /** @description Email reply-to, when it differs from `from`. */
            reply_to?: string;
            /** @description Email AMP HTML body. */
            amp_body?: string;
            /** @description Email preheader. */
            preheader?: string;
            /** @description Email custom plain-text body. */
            custom_plain_text?: string;
            /** @description Whether CSS is inlined in the email. */
            should_inline_css?: boolean;
            /** @description Whether the email has a whitespace header. */
            should_whitespace_header?: boolean;
            /** @description Custom email headers. */
            email_headers?: unknown[];
            /** @description Webhook URL. */
            url?: string;
            /** @description Webhook request headers. */
            headers?: {
                [key: string]: unknown;
            };
            /** @description Webhook HTTP method. */
            method?: string;
            /** @description The SMS or WhatsApp subscription group. */
            subscription_group_id?: string;
            /** @description WhatsApp template name. */
            template_name?: string;
            /** @description WhatsApp template language. */
            template_language_code?: string;
            /** @description Liquid variables inserted into the WhatsApp template header. */
            header_variables?: string[];
            /** @description Liquid variables inserted into the WhatsApp template body. */
            body_variables?: string[];
            /** @description Liquid variables inserted into the WhatsApp template buttons. */
            button_variables?: string[];
            /** @description WhatsApp response message layout (`text`, `media` or `quick-reply`). */
            layout?: string;
            /** @description WhatsApp header text. */
            header_text?: string;
            /** @description WhatsApp body text. */
            body_text?: string;
            /** @description WhatsApp footer text. */
            footer_text?: string;
            /** @description WhatsApp buttons. */
            buttons?: ({
                /** @description The button label. */
                text?: string;
            } & {
                [key: string]: unknown;
            })[];
            /** @description In-app message survey content (pages with a header and choices). */
            data?: {
                pages?: ({
                    header?: {
                        /** @description The page header. */
                        text?: string;
                    } & {
                        [key: string]: unknown;
                    };
                    choices?: ({
                        /** @description The choice ID. */
                        choice_id?: string;
                        /** @description The choice text. */
                        text?: string;
                        /** @description The custom attribute the choice sets. */
                        custom_attribute_key?: string;
                        /** @description The value the choice sets. */
                        custom_attribute_value?: string;
                        /** @description Whether the choice was removed from the live campaign. */
                        deleted?: boolean;
                    } & {
                        [key: string]: unknown;
                    })[];
                } & {
                    [key: string]: unknown;
                })[];
            } & {
                [key: string]: unknown;
            };
        } & {
            [key: string]: unknown;
        };
        /** @description One conversion event of a campaign, in the order set on the campaign (the first is conversion event A). `type` is one of `Clicks Email`, `Opens Email`, `Makes Any Purchase`, `Makes Specific Purchase`, `Performs Custom Event`, `Upgrades App` or `Starts Session`. */
        CampaignConversionBehavior: {
            /**
             * @description The kind of conversion event.
             * @example Performs Custom Event
             */
            type: string;
            /** @description How long after receiving the message a user can convert, in seconds (86400 is 24 hours). */
            window?: number;
            /** @description The product, for `Makes Specific Purchase`. */
            product?: string;
            /** @description The custom event, for `Performs Custom Event`. */
            custom_event_name?: string;
            /** @description The apps, for `Upgrades App` and `Starts Session`; null when any app counts. */
            app_ids?: string[] | null;
        } & {
            [key: string]: unknown;
        };
        /** @description The settings and messages of one campaign. */
        CampaignDetailsResponse: {
            /** @description `success` when the export completed without errors. */
            message?: string;
            /** @description When the campaign was created (ISO 8601). */
            created_at?: string;
            /** @description When the campaign was last updated (ISO 8601). */
            updated_at?: string;
            /** @description Whether the campaign is archived. */
            archived?: boolean;
            /** @description Whether the campaign is a draft. */
            draft?: boolean;
            /** @description Whether the campaign is active. */
            enabled?: boolean;
            /** @description Whether the campaign has a post-launch draft. */
            has_post_launch_draft?: boolean;
            /** @description The campaign name. */
            name?: string;
            /** @description The campaign description. */
            description?: string | null;
            /** @description How the campaign is scheduled (its scheduling type). */
            schedule_type?: string;
            /** @description The channels the campaign sends on. */
            channels?: string[];
            /** @description The date and hour of the first send (ISO 8601). */
            first_sent?: string | null;
            /** @description The date and hour of the last send (ISO 8601). */
            last_sent?: string | null;
            /** @description The tag names. */
            tags?: string[];
            /** @description The names of the Teams the campaign belongs to. */
            teams?: string[];
            /** @description The messages, keyed by message variation ID. */
            messages?: {
                [key: string]: components["schemas"]["CampaignMessageDetails"];
            };
            /** @description The conversion events, in order. */
            conversion_behaviors?: components["schemas"]["CampaignConversionBehavior"][];
        } & {
            [key: string]: unknown;
        };
        /** @description One page (up to 100) of campaigns. */
        CampaignListResponse: {
            /** @description `success` when the export completed without errors. */
            message?: string;
            /** @description The campaigns on this page. */
            campaigns: ({
                /** @description The campaign API identifier. */
                id?: string;
                /** @description When the campaign was last edited (ISO 8601). */
                last_edited?: string;
                /** @description The campaign name. */
                name?: string;
                /** @description Whether this is an API campaign. */
                is_api_campaign?: boolean;
                /** @description The tag names. */
                tags?: string[];
            } & {
                [key: string]: unknown;
            })[];
        } & {
            [key: string]: unknown;
        };
        /**
         * @description Translated text keyed by translation tag ID (`id_0`, `id_1`, …): one entry per `{% translation id_N %}…{% endtranslation %}` block of the message.
         * @example {
         *       "id_0": "¡Hola!",
         *       "id_1": "Me llamo Jacky"
         *     }
         */
        TranslationMap: {
            [key: string]: string;
        };
        /** @description A locale set up in the workspace's multi-language settings. */
        Locale: {
            /** @description The locale ID (a UUID), used as `locale_id` in translation requests. Found in the Multi-Language Support settings or in translation responses. */
            uuid?: string;
            /** @description The locale name, such as `es-MX`. */
            name: string;
            /** @description The country of the locale, such as `MX`. */
            country?: string;
            /** @description The language of the locale, such as `es`. */
            language?: string;
            /** @description The locale key, such as `es-mx`. */
            locale_key?: string;
        };
        /** @description The translations of one message for one locale. */
        TranslationEntry: {
            translation_map: components["schemas"]["TranslationMap"];
            locale?: components["schemas"]["Locale"];
        };
        /** @description Translations of a message, one entry per locale (a single entry when filtered by `locale_id`). */
        TranslationListResponse: {
            /** @description One entry per locale. */
            translations: components["schemas"]["TranslationEntry"][];
            /** @description `success` when the request was accepted (not always present). */
            message?: string;
        };
        /** @description The body of a refused translation request: a list of errors, each with a message such as "The provided locale code does not exist." or "This message does not support multi-language.". */
        TranslationErrorResponse: {
            /** @description Each problem found. */
            errors: {
                /** @description An identifier of the error occurrence, present on some errors. */
                id?: string;
                /** @description What went wrong. */
                message: string;
            }[];
            /** @description A summary of the failure, when present. */
            message?: string;
        };
        /** @description The default (source) values of a message's translation tags: the text written between `{% translation id_N %}` and `{% endtranslation %}`. */
        TranslationSourceResponse: {
            /** @description The source values. */
            translations: {
                translation_map: components["schemas"]["TranslationMap"];
            };
            /** @description `success` when the request was accepted. */
            message?: string;
        };
        /** @description Identifies a user by an alias instead of an external ID: a name that is unique within its label (for example `alias_label: my_device_identifier`, `alias_name: device123`). */
        UserAlias: {
            /** @description The alias value. */
            alias_name: string;
            /** @description The kind of alias (its namespace). */
            alias_label: string;
        };
        /**
         * @description An ordered list that tells Braze which profile to pick when an email address or phone number matches several users. Braze applies the entries in order; if more than one profile still matches, nothing happens. `identified` (has an `external_id`) and `unidentified` (has none) exclude each other.
         * @example [
         *       "unidentified",
         *       "most_recently_updated"
         *     ]
         */
        UserPrioritization: ("identified" | "unidentified" | "most_recently_updated" | "least_recently_updated")[];
        /** @description Personalization key-value pairs for an API-triggered campaign, available in the message as `{{api_trigger_properties.${key}}}`. Values may be any JSON, including nested objects and arrays. At most 50 KB; they are not stored on the user profile. */
        TriggerProperties: {
            [key: string]: unknown;
        };
        /** @description Personalization key-value pairs for a Canvas triggered through the API, available in its messages as `{{canvas_entry_properties.${key}}}` (or through the context object). At most 50 KB. */
        CanvasEntryProperties: {
            [key: string]: unknown;
        };
        /** @description Canvas context: personalization key-value pairs for a Canvas triggered or scheduled through the API, available in its messages as `{{context.${key}}}`. The newer name of the Canvas entry properties object; at most 50 KB. */
        CanvasContext: {
            [key: string]: unknown;
        };
        /** @description One user to send an API-triggered campaign or Canvas to. Identify the user with exactly one of `external_user_id`, `user_alias`, `braze_id` or `email` (with `email`, `prioritization` is required). Duplicate recipients are deduplicated: each user receives the message once. */
        Recipient: {
            /** @description The user's external ID. */
            external_user_id?: string;
            user_alias?: components["schemas"]["UserAlias"];
            /** @description The Braze-assigned user ID. */
            braze_id?: string;
            /** @description The user's email address. */
            email?: string;
            /** @description Which profile to use when several share the email address, in order of preference (`identified`, `unidentified`, `most_recently_updated`, `least_recently_updated`). Required with `email`. */
            prioritization?: components["schemas"]["UserPrioritization"];
            trigger_properties?: components["schemas"]["TriggerProperties"];
            canvas_entry_properties?: components["schemas"]["CanvasEntryProperties"];
            context?: components["schemas"]["CanvasContext"];
            /**
             * @description Send only if the user already exists. When `false`, `attributes` must be given and a missing user is created first. Cannot be `false` for user aliases.
             * @default true
             */
            send_to_existing_only?: boolean;
            /** @description User attributes (as in the user attributes object) written to the profile before the message is sent, overwriting existing values; may include `subscription_groups`. */
            attributes?: {
                [key: string]: unknown;
            };
        };
        /** @description A connected audience: one filter, or filters combined with `AND` / `OR` (groups can nest). Connected audiences cannot filter on default attributes, custom events, segments or engagement; put those in a segment instead. */
        ConnectedAudience: {
            /** @description Users must match every item. */
            AND: components["schemas"]["ConnectedAudience"][];
        } | {
            /** @description Users must match at least one item. */
            OR: components["schemas"]["ConnectedAudience"][];
        } | components["schemas"]["ConnectedAudienceFilter"];
        /** @description Compares a custom attribute with a value. The allowed comparisons depend on the attribute's type — string: `equals`, `not_equal`, `matches_regex`, `does_not_match_regex`; array: `includes_value`, `does_not_include_value`; number: `equals`, `not_equal`, `greater_than`, `greater_than_or_equal_to`, `less_than`, `less_than_or_equal_to`; boolean: `equals`, `does_not_equal`; time: `less_than_x_days_ago`, `greater_than_x_days_ago`, `less_than_x_days_in_the_future`, `greater_than_x_days_in_the_future`, `after`, `before`. Every type also allows `exists` and `does_not_exist`, which take no `value`. */
        ConnectedAudienceCustomAttribute: {
            /** @description The custom attribute to filter on. */
            custom_attribute_name: string;
            /**
             * @description The comparison; see the object description for which ones each attribute type allows.
             * @enum {string}
             */
            comparison: "equals" | "not_equal" | "does_not_equal" | "matches_regex" | "does_not_match_regex" | "exists" | "does_not_exist" | "includes_value" | "does_not_include_value" | "greater_than" | "greater_than_or_equal_to" | "less_than" | "less_than_or_equal_to" | "less_than_x_days_ago" | "greater_than_x_days_ago" | "less_than_x_days_in_the_future" | "greater_than_x_days_in_the_future" | "after" | "before";
            /** @description The value to compare with. A string for `matches_regex`, an ISO 8601 date-time string for `after` and `before`, a number of days for the `x_days` comparisons; omitted for `exists` and `does_not_exist`. */
            value?: string | number | boolean;
        };
        /** @description Compares the user's push or email subscription state. */
        ConnectedAudienceSubscriptionStatus: {
            /**
             * @description Whether the state must equal or differ from `value`.
             * @enum {string}
             */
            comparison: "is" | "is_not";
            /**
             * @description The subscription state.
             * @enum {string}
             */
            value: "opted_in" | "subscribed" | "unsubscribed";
        };
        /** @description One connected audience filter. */
        ConnectedAudienceFilter: {
            custom_attribute: components["schemas"]["ConnectedAudienceCustomAttribute"];
        } | {
            push_subscription_status: components["schemas"]["ConnectedAudienceSubscriptionStatus"];
        } | {
            email_subscription_status: components["schemas"]["ConnectedAudienceSubscriptionStatus"];
        } | {
            /** @description When the user last used the app. */
            last_used_app: {
                /**
                 * @description Whether the last use is after or before `value`.
                 * @enum {string}
                 */
                comparison: "after" | "before";
                /** @description An ISO 8601 date-time, such as `2019-07-22T13:17:55+0000`. */
                value: string;
            };
        };
        /** @description When a scheduled message goes out. With only `time`, everyone receives it at that moment (UTC). With `in_local_time`, each user receives it at that wall-clock time in their time zone (an error is returned if the time has passed in every zone). With `at_optimal_time`, each user receives it on that day at their own optimal time. For local or optimal time, give `time` without a time-zone designator. */
        Schedule: {
            /**
             * @description The send time, an ISO 8601 date-time (UTC, or without zone for local/optimal time).
             * @example 2025-05-24T20:30:36Z
             */
            time: string;
            /**
             * @description Send at `time` in each user's local time zone.
             * @default false
             */
            in_local_time?: boolean;
            /**
             * @description Send on the day of `time` at each user's optimal time (Intelligent Timing).
             * @default false
             */
            at_optimal_time?: boolean;
        };
        /** @description The acknowledgement of a schedule request. Keep `schedule_id` to update or cancel the schedule later. */
        ScheduleCreateResponse: components["schemas"]["SuccessResponse"] & {
            /** @description The ID of the dispatch the scheduled message will go out under. */
            dispatch_id?: string;
            /** @description The ID of the schedule, for the update and delete endpoints. */
            schedule_id: string;
        };
        /** @description A file attached to an email, fetched from a URL. The extension is taken from the URL, whose response should carry the right `Content-Type`. Accepted types include common document, image, audio, video, archive, calendar (`ics`), `vcf` and `pkpass` files. Avoid Google Drive links. */
        EmailObjectAttachment: {
            /** @description The attachment's file name (up to 2 MB per file). */
            file_name: string;
            /** @description Where Braze downloads the file from. */
            url: string;
            /** @description The name of a Connected Content basic-auth credential Braze uses to download the file. */
            basic_auth_credential?: string;
        };
        /** @description The acknowledgement of a send request, with the `dispatch_id` of the transmission (one ID for the whole batch of users in the request). */
        SendResponse: components["schemas"]["SuccessResponse"] & {
            /** @description The ID of this dispatch, which links the sends back to this request. */
            dispatch_id?: string;
        };
        /** @description The links of one email message variation and the aliases set on them (Link Aliasing). */
        LinkAliasDetails: {
            /** @description The channel of the message variation, such as `email`. */
            channel?: string;
            /** @description The name of the message variation. */
            name?: string;
            /** @description One entry per tracked link of the message. */
            link_data?: {
                /** @description The link as sent, with its `lid` link identifier. */
                link_URL?: string;
                /** @description The link identifier Braze assigned. */
                link_id?: string;
                /** @description The Content Blocks the link comes from, when it sits in one (empty otherwise). */
                content_block_path_info?: unknown[];
                /** @description The alias set on the link. */
                link_alias?: string;
            }[];
            /** @description `success` when the request was accepted. */
            message?: string;
        };
        /** @description Canvas totals for a period (whole Canvas or one variant). */
        CanvasStats: {
            /** @description The variant name (variant statistics only). */
            name?: string;
            /** @description Revenue in US dollars. */
            revenue?: number;
            /** @description Conversions. */
            conversions?: number;
            /** @description Conversions attributed to the entry date. */
            conversions_by_entry_time?: number;
            /** @description Users who entered. */
            entries?: number;
        } & {
            [key: string]: unknown;
        };
        /** @description Statistics of one Canvas step, with per-channel message counters. */
        CanvasStepStats: {
            /** @description The step name. */
            name?: string;
            /** @description Revenue in US dollars. */
            revenue?: number;
            /** @description Conversions. */
            conversions?: number;
            /** @description Conversions attributed to the entry date. */
            conversions_by_entry_time?: number;
            /** @description Counters by channel (`email`, `sms`, `android_push`, …), each a list of message statistics. */
            messages?: {
                [key: string]: components["schemas"]["CampaignMessageStats"][];
            };
        } & {
            [key: string]: unknown;
        };
        /** @description Totals of a Canvas, optionally broken down by variant and by step. */
        CanvasStatsBreakdown: {
            total_stats?: components["schemas"]["CanvasStats"];
            /** @description Statistics by variant API identifier (with `include_variant_breakdown=true`). */
            variant_stats?: {
                [key: string]: components["schemas"]["CanvasStats"];
            };
            /** @description Statistics by step API identifier (with `include_step_breakdown=true`). */
            step_stats?: {
                [key: string]: components["schemas"]["CanvasStepStats"];
            };
        };
        /** @description Time series statistics of a Canvas. */
        CanvasDataSeriesResponse: {
            data: {
                /** @description The Canvas name. */
                name?: string;
                /** @description One entry per day. */
                stats?: ({
                    /** @description The day, as an ISO 8601 date. */
                    time: string;
                } & components["schemas"]["CanvasStatsBreakdown"])[];
            } & {
                [key: string]: unknown;
            };
            /** @description `success` when the export completed without errors. */
            message?: string;
        } & {
            [key: string]: unknown;
        };
        /** @description Statistics of a Canvas rolled up over the whole period. */
        CanvasDataSummaryResponse: {
            data: {
                /** @description The Canvas name. */
                name?: string;
            } & components["schemas"]["CanvasStatsBreakdown"];
            /** @description `success` when the export completed without errors. */
            message?: string;
        } & {
            [key: string]: unknown;
        };
        /** @description The metadata, variants and steps of one Canvas. */
        CanvasDetailsResponse: {
            /** @description `success` when the export completed without errors. */
            message?: string;
            /** @description When the Canvas was created (ISO 8601). */
            created_at?: string;
            /** @description When the Canvas was last updated (ISO 8601). */
            updated_at?: string;
            /** @description The Canvas name. */
            name?: string;
            /** @description The Canvas description. */
            description?: string | null;
            /** @description Whether the Canvas is archived. */
            archived?: boolean;
            /** @description Whether the Canvas is a draft. */
            draft?: boolean;
            /** @description Whether the Canvas is active. */
            enabled?: boolean;
            /** @description Whether the Canvas has a post-launch draft. */
            has_post_launch_draft?: boolean;
            /** @description How the Canvas is scheduled (its scheduling type), such as `date`. */
            schedule_type?: string;
            /** @description When the first user entered (ISO 8601). */
            first_entry?: string | null;
            /** @description When the last user entered (ISO 8601). */
            last_entry?: string | null;
            /** @description The channels used by the Canvas steps. */
            channels?: string[];
            /** @description The Canvas variants. */
            variants?: ({
                /** @description The variant name. */
                name?: string;
                /** @description The variant API identifier. */
                id?: string;
                /** @description The first steps of the variant. */
                first_step_ids?: string[];
                /**
                 * @deprecated
                 * @description The first step, only when there is exactly one (deprecated since November 2017).
                 */
                first_step_id?: string;
            } & {
                [key: string]: unknown;
            })[];
            /** @description The tag names. */
            tags?: string[];
            /** @description The names of the Teams the Canvas belongs to. */
            teams?: string[];
            /** @description The steps of the Canvas. */
            steps?: ({
                /** @description The step name. */
                name?: string;
                /** @description The kind of Canvas component. */
                type?: string;
                /** @description The step API identifier. */
                id?: string;
                /** @description The following full steps or Message steps. */
                next_step_ids?: string[];
                /** @description The outgoing paths: `name` is `Yes`/`No` for Decision Splits, the group or path name for Audience, Action and Experiment Paths, and null for other steps. */
                next_paths?: ({
                    /** @description The path name. */
                    name?: string | null;
                    /** @description The step the path leads to. */
                    next_step_id?: string;
                } & {
                    [key: string]: unknown;
                })[];
                /** @description The channels used in the step. */
                channels?: string[];
                /** @description The step's messages, keyed by message variation ID. */
                messages?: {
                    [key: string]: components["schemas"]["CampaignMessageDetails"];
                };
            } & {
                [key: string]: unknown;
            })[];
        } & {
            [key: string]: unknown;
        };
        /** @description One page (up to 100) of Canvases. */
        CanvasListResponse: {
            /** @description The Canvases on this page. */
            canvases: ({
                /** @description The Canvas API identifier. */
                id?: string;
                /** @description When the Canvas was last edited (ISO 8601). */
                last_edited?: string;
                /** @description The Canvas name. */
                name?: string;
                /** @description The tag names. */
                tags?: string[];
            } & {
                [key: string]: unknown;
            })[];
            /** @description `success` when the export completed without errors. */
            message?: string;
        } & {
            [key: string]: unknown;
        };
        /**
         * @description The data type of a catalog field. `time` values are ISO 8601 date-times (or Unix timestamps in seconds); `geo` values are `[longitude, latitude]` pairs (longitude -180 to 180, latitude -90 to 90); `object` fields hold a nested JSON object and `array` fields a list of up to 100 strings (both only through the API or Cloud Data Ingestion). The `id` field is always a `string`.
         * @enum {string}
         */
        CatalogFieldType: "string" | "number" | "boolean" | "time" | "geo" | "object" | "array";
        /** @description One column of a catalog, as a name and a data type. */
        CatalogField: {
            /**
             * @description The field name: letters, numbers, hyphens and underscores only, at most 250 characters, unique within the catalog.
             * @example Rating
             */
            name: string;
            type: components["schemas"]["CatalogFieldType"];
        };
        /** @description A catalog as Braze reports it, with its fields and current size. */
        Catalog: {
            /**
             * @description The catalog name, unique in the workspace and used in URL paths.
             * @example restaurants
             */
            name: string;
            /** @description The catalog description. */
            description?: string;
            /** @description The catalog's fields, `id` first. */
            fields: components["schemas"]["CatalogField"][];
            /** @description How many items the catalog holds. */
            num_items?: number;
            /**
             * Format: date-time
             * @description When the catalog was last changed (ISO 8601).
             */
            updated_at?: string;
        } & {
            [key: string]: unknown;
        };
        /** @description The definition of a new catalog. */
        CatalogCreate: {
            /** @description The catalog name: letters, numbers, hyphens and underscores only, at most 250 characters, unique in the workspace. */
            name: string;
            /** @description The catalog description, at most 250 characters. */
            description: string;
            /** @description The catalog's fields. The first one must be `{"name": "id", "type": "string"}`; a catalog has at most 500 fields and field names must be unique. */
            fields: components["schemas"]["CatalogField"][];
        };
        /**
         * @description The machine-readable code of a catalog error, as listed on Braze's catalog endpoint pages (the "Troubleshooting" tables).
         * @enum {string}
         */
        CatalogErrorId: "already-reached-catalog-item-limit" | "arbitrary-error" | "catalog-array-invalid" | "catalog-exceeds-fields-limit" | "catalog-in-process" | "catalog-name-already-exists" | "catalog-name-too-large" | "catalog-not-found" | "company-size-limit-already-reached" | "description-too-long" | "field-is-inventory" | "field-names-not-unique" | "field-names-too-large" | "field-referenced-by-selection" | "fields-do-not-match" | "filtered-set-field-too-long" | "id-in-body" | "id-not-first-column" | "ids-not-string" | "ids-not-strings" | "ids-not-unique" | "ids-too-large" | "invalid-catalog-name" | "invalid-cursor" | "invalid-field-name" | "invalid-field-names" | "invalid-field-types" | "invalid-fields" | "invalid-ids" | "invalid-keys-in-value-object" | "invalid-selection" | "invalid-sort-field" | "invalid-sort-order" | "invalid-sorting" | "invalid_catalog_name" | "item-already-exists" | "item-array-invalid" | "item-not-found" | "items-missing-ids" | "items-too-large" | "reached-company-catalogs-limit" | "request-includes-too-many-fields" | "request-includes-too-many-items" | "selection-contains-too-many-arrays" | "selection-has-invalid-filter" | "selection-invalid-results-limit" | "selection-limit-reached" | "selection-name-already-exists" | "too-deep-nesting-in-value-object" | "too-many-catalog-atoms" | "too-many-fields" | "too-many-filters" | "unable-to-coerce" | "unable-to-coerce-value";
        /** @description The value of one catalog field in an item: a string, a number, a boolean, a `time` as an ISO 8601 string, a nested object (up to 50 levels deep, keys without `.` or `$`), an array, or a geolocation as a `[longitude, latitude]` pair of numbers (latitude between -90 and 90, longitude between -180 and 180). Each value is at most 5,000 characters. */
        CatalogItemValue: string | number | boolean | Record<string, never> | unknown[];
        /** @description One problem found in a catalog request. */
        CatalogError: {
            id: components["schemas"]["CatalogErrorId"];
            /**
             * @description A human-readable explanation.
             * @example Could not find catalog
             */
            message: string;
            /** @description The request parameters the error is about (may be empty). */
            parameters?: string[];
            /** @description The values that were sent for those parameters, in the same order (may be empty). */
            parameter_values?: components["schemas"]["CatalogItemValue"][];
        };
        /** @description The body of a refused catalog request (`message` is `Invalid Request`, details in `errors`). */
        CatalogErrorResponse: {
            /** @description Each problem found. */
            errors: components["schemas"]["CatalogError"][];
            /**
             * @description `Invalid Request` (missing from the earliest catalog pages' examples).
             * @example Invalid Request
             */
            message?: string;
        };
        /** @description A catalog item: its `id` plus one key per catalog field. Field names are defined by the catalog, so any other key is allowed; it must name an existing field. */
        CatalogItem: {
            /**
             * @description The item ID, unique in the catalog (letters, numbers, hyphens and underscores, at most 250 characters).
             * @example restaurant1
             */
            id: string;
        } & {
            [key: string]: components["schemas"]["CatalogItemValue"];
        };
        /** @description A reference to one catalog item by its ID. */
        CatalogItemId: {
            /** @description The ID of the item. */
            id: string;
        };
        /** @description An in-place change to an `array` field, accepted only by the PATCH (edit) endpoints: `$add` appends values, `$remove` removes them. */
        CatalogArrayUpdate: {
            /** @description Values to append to the array. */
            $add?: components["schemas"]["CatalogItemValue"][];
            /** @description Values to remove from the array. */
            $remove?: components["schemas"]["CatalogItemValue"][];
        };
        /** @description The fields to change on an existing catalog item, with its `id`. Fields that are left out keep their value; `array` fields also accept `$add`/`$remove` operations. */
        CatalogItemPatch: {
            /** @description The ID of the item to edit. */
            id: string;
        } & {
            [key: string]: components["schemas"]["CatalogItemValue"] | components["schemas"]["CatalogArrayUpdate"];
        };
        /** @description The field values of one catalog item, without its ID (the ID is in the URL path; sending `id` in the body is rejected with `id-in-body`). Keys are catalog field names. */
        CatalogItemFields: {
            [key: string]: components["schemas"]["CatalogItemValue"];
        };
        /** @description The fields to change on one catalog item, without its ID (the ID is in the URL path). Fields that are left out keep their value; `array` fields also accept `$add`/`$remove` operations. */
        CatalogItemFieldsPatch: {
            [key: string]: components["schemas"]["CatalogItemValue"] | components["schemas"]["CatalogArrayUpdate"];
        };
        /** @description One condition of a catalog selection. The operator must suit the field's type: `string` takes `equals` and `does not equal`; `number` takes those plus `greater than` and `less than`; `boolean` takes `is`; `time` takes `before` and `after`; `array` takes `includes value` and `does not include value`. */
        CatalogSelectionFilter: {
            /**
             * @description The name of the catalog field to test.
             * @example City
             */
            field: string;
            /**
             * @description The comparison to apply.
             * @enum {string}
             */
            operator: "equals" | "does not equal" | "greater than" | "less than" | "is" | "before" | "after" | "includes value" | "does not include value";
            /** @description The value to compare with (a string, a number, a boolean, or an ISO 8601 time for `time` fields). */
            value: string | number | boolean;
        };
        /** @description A selection: a named, filtered and optionally sorted subset of a catalog's items, usable in messages. A selection may filter on at most one `array` field. Give `sort_field` and `sort_order` together; with only one of them, or neither, the items come back in random order. */
        CatalogSelection: {
            /**
             * @description The selection name, unique within the catalog.
             * @example favorite-restaurants
             */
            name: string;
            /** @description A description of the selection. */
            description?: string;
            /** @description Your own unique identifier for the selection. */
            external_id: string;
            /**
             * @description Where the catalog data comes from; `Shopify` for Shopify catalogs.
             * @enum {string}
             */
            source?: "Shopify" | "Braze";
            /** @description The conditions an item must meet to be in the selection (all of them apply), at most four. Without filters the selection holds every item of the catalog. */
            filters?: components["schemas"]["CatalogSelectionFilter"][];
            /** @description The maximum number of items the selection returns, from 1 to 50. */
            results_limit?: number;
            /** @description The field to sort the results by (use with `sort_order`). */
            sort_field?: string;
            /**
             * @description The sort direction for `sort_field` (use with `sort_field`).
             * @enum {string}
             */
            sort_order?: "asc" | "desc";
        };
        /** @description A Cloud Data Ingestion integration. */
        CdiIntegration: {
            /** @description The integration ID. */
            integration_id?: string;
            /** @description The workspace (app group) ID. */
            app_group_id?: string;
            /** @description The integration name. */
            integration_name?: string;
            /** @description The integration type. */
            integration_type?: string;
            /** @description The integration status. */
            integration_status?: string;
            /** @description The contact email address(es). */
            contact_emails?: string;
            /** @description The last timestamp that was synced (ISO 8601). */
            last_updated_at?: string | null;
            /** @description The type of data warehouse. */
            warehouse_type?: string;
            /** @description When the last sync run started (ISO 8601). */
            last_job_start_time?: string | null;
            /** @description The status of the last sync run. */
            last_job_status?: string | null;
            /** @description When the next scheduled sync runs (ISO 8601). */
            next_scheduled_run?: string | null;
        } & {
            [key: string]: unknown;
        };
        /** @description One past or running sync of a Cloud Data Ingestion integration. */
        CdiJobSyncStatus: {
            /**
             * @description `running`: in progress; `success`: every row synced; `partial`: some rows failed; `error`: no rows synced; `config_error`: the integration is misconfigured.
             * @enum {string}
             */
            job_status?: "running" | "success" | "partial" | "error" | "config_error";
            /** @description When the sync started (ISO 8601). */
            sync_start_time?: string;
            /** @description When the sync finished (ISO 8601). */
            sync_finish_time?: string | null;
            /** @description The last `UPDATED_AT` value processed (ISO 8601). */
            last_timestamp_synced?: string | null;
            /** @description Rows synced to Braze. */
            rows_synced?: number;
            /** @description Rows that failed with errors. */
            rows_failed_with_errors?: number;
        } & {
            [key: string]: unknown;
        };
        /**
         * @description Whether the Content Block is `active` (usable in messages) or a `draft`. An active Content Block cannot be turned back into a draft.
         * @enum {string}
         */
        ContentBlockState: "active" | "draft";
        /**
         * @description Tag names for the Content Block. Every tag must already exist in the workspace; unknown tags are refused with "Some tags could not be found".
         * @example [
         *       "marketing"
         *     ]
         */
        ContentBlockTags: string[];
        /** @description What Braze returns after creating or updating a Content Block. */
        ContentBlockWriteResponse: components["schemas"]["SuccessResponse"] & {
            /** @description The Content Block's API identifier. */
            content_block_id: string;
            /** @description The Liquid tag generated from the Content Block name, used to insert it into messages. */
            liquid_tag?: string;
            /**
             * Format: date-time
             * @description When the Content Block was created (ISO 8601).
             */
            created_at?: string;
        };
        /**
         * @description The kind of content the Content Block holds.
         * @enum {string}
         */
        ContentBlockContentType: "html" | "text";
        /** @description A Content Block as returned by `GET /content_blocks/info`. */
        ContentBlock: {
            /** @description The Content Block's API identifier. */
            content_block_id: string;
            /** @description The Content Block name (it also determines its Liquid tag). */
            name: string;
            /** @description The HTML or text content. */
            content?: string;
            /** @description The Content Block description. */
            description?: string;
            content_type?: components["schemas"]["ContentBlockContentType"];
            /** @description The Content Block's tag names. */
            tags?: string[];
            /**
             * Format: date-time
             * @description When the Content Block was created (ISO 8601).
             */
            created_at?: string;
            /**
             * Format: date-time
             * @description When the Content Block was last edited (ISO 8601).
             */
            last_edited?: string;
            /** @description How many messages include this Content Block. */
            inclusion_count?: number;
            /** @description Only with `include_inclusion_data=true`: where the Content Block is included, as message variation API identifiers of campaigns and Canvases (archived and deleted ones are left out). */
            inclusion_data?: (string | {
                [key: string]: unknown;
            })[];
        };
        /** @description One Content Block in the list returned by `GET /content_blocks/list`. */
        ContentBlockSummary: {
            /** @description The Content Block's API identifier. */
            content_block_id: string;
            /** @description The Content Block name. */
            name: string;
            content_type?: components["schemas"]["ContentBlockContentType"];
            /** @description The Liquid tag that inserts this Content Block into a message. */
            liquid_tag?: string;
            /** @description How many messages include this Content Block. */
            inclusion_count?: number;
            /**
             * Format: date-time
             * @description When the Content Block was created (ISO 8601).
             */
            created_at?: string;
            /**
             * Format: date-time
             * @description When the Content Block was last edited (ISO 8601).
             */
            last_edited?: string;
            /** @description The Content Block's tag names. */
            tags?: string[];
        };
        /** @description A custom attribute defined in the workspace. */
        CustomAttributeDefinition: {
            /** @description The attribute name. */
            name: string;
            /** @description The attribute's description. */
            description?: string | null;
            /** @description The attribute's data type, such as `Number`, `String`, `Boolean`, `Time`, `Array` or `Object`. */
            data_type?: string;
            /** @description The maximum array length, or null when the attribute is not an array. */
            array_length?: number | null;
            /** @description The attribute's status, such as `Active`. */
            status?: string;
            /** @description Tags attached to the attribute. */
            tag_names?: string[];
        } & {
            [key: string]: unknown;
        };
        /** @description The offset paging fields shared by the list endpoints of Custom Objects and Data Objects. Ask for the next page with `offset` set to `next_offset` while `has_more` is true. */
        ObjectListPage: {
            /** @description How many records match in all, across every page. */
            total_count: number;
            /** @description Whether another page follows this one. */
            has_more: boolean;
            /** @description The `offset` of the next page; null (or absent) on the last page. */
            next_offset?: number | null;
            /** @description The offset this page starts at. */
            offset: number;
            /** @description The page size Braze used for this request. */
            limit: number;
        };
        /** @description The field values of a custom or data object (or of a relationship), keyed by field name. Each field must be declared in the type's schema (see `schema_def` of the type) and hold a value of the declared data type; Braze refuses undeclared fields. */
        ObjectAttributes: {
            [key: string]: unknown;
        };
        /** @description One custom object record. */
        CustomObject: {
            /** @description The machine name of the object's type. */
            type_name: string;
            /** @description The object's identifier, unique within its type. */
            external_id: string;
            attributes: components["schemas"]["ObjectAttributes"];
        };
        /** @description One relationship between two custom objects, seen from the object in the request path. The related object is `to_custom_object` when that object is the source (`anchor=source`) and `from_custom_object` when it is the target (`anchor=target`). */
        CustomObjectRelationship: {
            /** @description The relationship kind. */
            rel_kind: string;
            to_custom_object?: components["schemas"]["CustomObject"];
            from_custom_object?: components["schemas"]["CustomObject"];
            attributes: components["schemas"]["ObjectAttributes"];
        };
        /** @description The answer of the Custom Objects and Data Objects delete endpoints. */
        ObjectDeleteResult: {
            /** @description Whether the object or relationship was deleted. */
            deleted: boolean;
        };
        /** @description The user on the other side of a user relationship; Braze returns only the Braze ID. */
        RelatedUser: {
            /** @description The Braze user ID. */
            braze_id: string;
        };
        /** @description One link between a Braze user and a custom object. */
        CustomObjectUserRelationship: {
            /** @description The machine name of the object's type. */
            type_name: string;
            /** @description The object's identifier. */
            external_id: string;
            /** @description The relationship kind. */
            rel_kind: string;
            user: components["schemas"]["RelatedUser"];
            attributes: components["schemas"]["ObjectAttributes"];
        };
        /** @description A kind of object-to-object relationship available to a custom or data object type, seen from the requested side (`anchor`). */
        ObjectRelationshipType: {
            /** @description The type on the source side of the relationship. */
            from_type_name: string;
            /** @description The type on the target side of the relationship. */
            to_type_name: string;
            /** @description The relationship kind, the value `rel_kind` takes in relationship requests. */
            rel_kind: string;
            /** @description The label shown for this relationship kind. */
            display_name: string;
            /** @description The type on the other side of the relationship from the requested type, for the requested `anchor`. */
            related_type_name: string;
        };
        /** @description A kind of user relationship available to a custom or data object type. */
        UserRelationshipType: {
            /** @description The relationship kind, the value `rel_kind` takes in user relationship requests. */
            rel_kind: string;
            /** @description The label shown for this relationship kind (currently the same as `rel_kind`). */
            display_name: string;
        };
        /** @description Settings of a custom or data object type. `display_name_source` is present when one of the type's fields supplies the display name of its objects. */
        ObjectTypeMetadata: {
            /** @description The field whose value is shown as each object's display name. */
            display_name_source?: string;
        } & {
            [key: string]: unknown;
        };
        /** @description One custom or data object type with the JSON Schema that describes its fields. */
        ObjectTypeDefinition: {
            /** @description The type's machine name, as used in request paths. */
            type_name: string;
            metadata: components["schemas"]["ObjectTypeMetadata"];
            /** @description A JSON Schema object describing the fields an object of this type may hold (`properties`, `required`). It documents the fields; writes are checked against the type's declared fields either way. */
            schema_def: {
                [key: string]: unknown;
            };
        };
        /** @description One custom or data object type, as the type list endpoints return it. */
        ObjectTypeSummary: {
            /** @description The type's machine name, as used in request paths. */
            type_name: string;
            metadata: components["schemas"]["ObjectTypeMetadata"];
        };
        /** @description The answer of the Data Objects bulk endpoints: the batch passed validation and is queued. Braze applies it in the background, so records can still fail later (an unknown type, relationship kind or field is only found while processing). */
        DataObjectsBulkAccepted: {
            [key: string]: unknown;
        };
        /** @description One data object record. Its identifier is `object_id` (the name the generally-available pages use); records described by the early-access pages carry it as `external_id` instead. */
        DataObject: {
            /** @description The machine name of the object's type. */
            type_name: string;
            /** @description The object's identifier, unique within its type. */
            object_id?: string;
            /**
             * @deprecated
             * @description The object's identifier under its early-access name (the same value as `object_id`); read `object_id` when both are present.
             */
            external_id?: string;
            attributes: components["schemas"]["ObjectAttributes"];
        };
        /** @description One relationship between two data objects, seen from the object in the request path. The related object is `to_data_object` when that object is the source (`anchor=source`) and `from_data_object` when it is the target (`anchor=target`). */
        DataObjectRelationship: {
            /** @description The relationship kind. */
            rel_kind: string;
            to_data_object?: components["schemas"]["DataObject"];
            from_data_object?: components["schemas"]["DataObject"];
            attributes: components["schemas"]["ObjectAttributes"];
        };
        /** @description One link between a Braze user and a data object. */
        DataObjectUserRelationship: {
            /** @description The machine name of the object's type. */
            type_name: string;
            /** @description The object's identifier. */
            object_id?: string;
            /**
             * @deprecated
             * @description The object's identifier under its early-access name (the same value as `object_id`); read `object_id` when both are present.
             */
            external_id?: string;
            /** @description The relationship kind. */
            rel_kind: string;
            user: components["schemas"]["RelatedUser"];
            attributes: components["schemas"]["ObjectAttributes"];
        };
        /** @description The user of a bulk user relationship record, named by exactly one identifier: external ID, Braze ID, email address, phone number or alias. None, or more than one, is an error. */
        DataObjectBulkUser: {
            /** @description The user's external ID. */
            external_id?: string;
            /** @description The Braze user ID. */
            braze_id?: string;
            /** @description The user's email address. */
            email?: string;
            /** @description The user's phone number. */
            phone?: string;
            alias?: components["schemas"]["UserAlias"];
        };
        /** @description One email address, or an array of up to 50. */
        EmailListAddresses: string | string[];
        /** @description A custom event defined in the workspace (not an occurrence of it). */
        EventDefinition: {
            /** @description The event name. */
            name: string;
            /** @description The event's description. */
            description?: string | null;
            /** @description Whether the event is included in the analytics report. */
            included_in_analytics_report?: boolean;
            /** @description The event's status, such as `Active`. */
            status?: string;
            /** @description Tags attached to the event. */
            tag_names?: string[];
        } & {
            [key: string]: unknown;
        };
        /** @description A News Feed card's engagement in one period. */
        FeedCardStats: {
            /** @description The point in time, an ISO 8601 date for daily series and date-time for hourly series. */
            time: string;
            clicks?: number;
            impressions?: number;
            unique_clicks?: number;
            unique_impressions?: number;
        } & {
            [key: string]: unknown;
        };
        /** @description The structured form of an iOS alert, with title and localization keys. */
        ApplePushAlert: {
            /** @description The alert text. Required unless `content-available` is `true` on the push. */
            body?: string;
            /** @description A short title, also shown on Apple Watch. */
            title?: string;
            /** @description The key of a localized title in the app's `Localizable.strings`. */
            title_loc_key?: string;
            /** @description Values substituted into the format specifiers of `title_loc_key`. */
            title_loc_args?: string[];
            /** @description The key of a localized label used for the alert's right-hand button instead of "View". */
            action_loc_key?: string;
            /** @description The key of a localized alert message in `Localizable.strings`. */
            loc_key?: string;
            /** @description Values substituted into the format specifiers of `loc_key`. */
            loc_args?: string[];
            /** @description A custom sound for Live Activity alerts (use this instead of the push's `sound` for Live Activities). */
            sound?: string;
        };
        /** @description The click action of one iOS push action button. For Braze's default categories (`ab_cat_accept_decline`, `ab_cat_yes_no`, `ab_cat_confirm_cancel`, `ab_cat_more`) `action` defaults to `OPEN_APP` or `CLOSE`; for categories defined by the app, `action` (`URI` or `DEEP_LINK`) and `uri` are required. */
        ApplePushActionButton: {
            /** @description The button's action identifier, such as `ab_pb_accept`. */
            action_id: string;
            /**
             * @description What tapping the button does.
             * @enum {string}
             */
            action?: "OPEN_APP" | "URI" | "DEEP_LINK" | "CLOSE";
            /** @description The web URL or deep link for `URI` and `DEEP_LINK` actions. */
            uri?: string;
            /**
             * @description Whether a web URL opens inside the app.
             * @default true
             */
            use_webview?: boolean;
        };
        /** @description An iOS push notification (`messages.apple_push`). Include it to reach users on their iOS devices. The `alert`, `extra` and the other options together must stay under 1,912 bytes, or Braze rejects the request; `extra` must not use the keys `ab` or `aps`. */
        ApplePushObject: {
            /** @description The notification text, either as a plain string or as an alert object. Required unless `content-available` is `true`. */
            alert?: string | components["schemas"]["ApplePushAlert"];
            /** @description The badge count to show after this message. */
            badge?: number;
            /** @description The path of a custom sound in the app bundle; `default` plays the standard sound. */
            sound?: string;
            /** @description Extra key-value pairs delivered with the push. The keys `ab` and `aps` are reserved. */
            extra?: {
                [key: string]: unknown;
            };
            /** @description Adds the `content-available` flag so the app wakes up in the background (a silent push when there is no alert). */
            "content-available"?: boolean;
            /**
             * @description The iOS 15+ interruption level.
             * @enum {string}
             */
            interruption_level?: "passive" | "active" | "time-sensitive" | "critical";
            /** @description The iOS 15+ relevance score, from 0.0 to 1.0, used to order the notification summary. */
            relevance_score?: number;
            /**
             * @description An ISO 8601 date-time after which Apple stops trying to deliver the push.
             * @example 2025-01-01T12:00:00Z
             */
            expiry?: string;
            /** @description A web URL or deep link opened when the notification is tapped. */
            custom_uri?: string;
            /**
             * @description Whether a web URL opens inside the app.
             * @default true
             */
            use_webview?: boolean;
            /** @description With `campaign_id`, the iOS push variation the message is tracked under. */
            message_variation_id?: string;
            /** @description The thread identifier used to group notifications. */
            notification_group_thread_id?: string;
            /** @description The URL of rich content (image, audio, video) for iOS 10+. */
            asset_url?: string;
            /**
             * @description The file type of `asset_url`; required when `asset_url` is set.
             * @enum {string}
             */
            asset_file_type?: "aif" | "gif" | "jpg" | "m4a" | "mp3" | "mp4" | "png" | "wav";
            /** @description Sending another push with the same collapse ID replaces the earlier notification on the device. */
            collapse_id?: string;
            /** @description Sets `mutable-content` to 1 so a notification service extension can modify the push. Always set for rich notifications. */
            mutable_content?: boolean;
            /**
             * @description Send only to the user's most recently used iOS device.
             * @default false
             */
            send_to_most_recent_device_only?: boolean;
            /** @description The notification category identifier that selects the action buttons to show (for example `ab_cat_yes_no`). */
            category?: string;
            /** @description Click actions for the buttons of `category`. Only needed to override the buttons' default actions. */
            buttons?: components["schemas"]["ApplePushActionButton"][];
            /** @description Overrides the APNs priority: 10 delivers immediately, 5 is power-aware, 1 avoids waking the device. */
            apns_priority?: number;
        };
        /** @description One Android push action button. */
        AndroidPushActionButton: {
            /** @description The button label. */
            text: string;
            /**
             * @description What tapping the button does.
             * @default OPEN_APP
             * @enum {string}
             */
            action?: "OPEN_APP" | "URI" | "DEEP_LINK" | "CLOSE";
            /** @description The web URL or deep link for `URI` and `DEEP_LINK` actions. */
            uri?: string;
            /**
             * @description Whether a web URL opens inside the app.
             * @default true
             */
            use_webview?: boolean;
        };
        /** @description Data for an Android Conversation push (Android SDK 15.0.0+), following Android's People and Conversations model: who takes part and the messages to show. */
        AndroidPushConversation: {
            /** @description The sharing shortcut the conversation belongs to. */
            shortcut_id: string;
            /** @description The person this push replies to. */
            reply_person_id: string;
            /** @description The messages of the conversation. */
            messages: {
                /** @description The message text. */
                text: string;
                /** @description When the message was sent, as a Unix timestamp. */
                timestamp: number;
                /** @description The `id` of the sender in `persons`. */
                person_id: string;
            }[];
            /** @description The people taking part. */
            persons: {
                /** @description The person's identifier. */
                id: string;
                /** @description The display name. */
                name: string;
            }[];
        };
        /** @description An Android (FCM) push notification (`messages.android_push`). The `alert` text and the `extra` object together must stay under 4,000 bytes. For a "Big Picture" notification put `appboy_image_url` (a 2:1 image of at least 600x300 px) in `extra`. */
        AndroidPushObject: {
            /** @description The notification text. Required unless `send_to_sync` is `true`. */
            alert?: string;
            /** @description The title in the notification drawer. Required unless `send_to_sync` is `true`. */
            title?: string;
            /** @description Extra key-value pairs delivered with the push. */
            extra?: {
                /** @description The image of a Big Picture notification (2:1, at least 600x300 px). */
                appboy_image_url?: string;
            } & {
                [key: string]: unknown;
            };
            /** @description With `campaign_id`, the Android push variation the message is tracked under. */
            message_variation_id?: string;
            /** @description The notification channel to post to; the dashboard fallback channel is used when omitted. */
            notification_channel_id?: string;
            /**
             * @description The notification priority, from -2 (MIN) to 2 (MAX); out-of-range values are treated as 0.
             * @default 0
             */
            priority?: number;
            /**
             * @description The FCM sender priority; defaults to the workspace's push settings.
             * @enum {string}
             */
            android_priority?: "normal" | "high";
            /** @description Sends a silent data push; Braze returns an error if `alert` or `title` is also set. */
            send_to_sync?: boolean;
            /** @description Collapse key; FCM keeps at most four per device and Braze uses one, so use at most three of your own. */
            collapse_key?: string;
            /** @description A custom sound in the app's resources; `default` plays the standard sound. */
            sound?: string;
            /** @description A web URL or deep link opened when the notification is tapped. */
            custom_uri?: string;
            /**
             * @description Whether a web URL opens inside the app.
             * @default false
             */
            use_webview?: boolean;
            /** @description Summary text shown under the notification. */
            summary_text?: string;
            /** @description How long FCM keeps trying to deliver, in seconds (at most 28 days). */
            time_to_live?: number;
            /** @description The notification ID; sending again with the same ID replaces the earlier notification. */
            notification_id?: number;
            /** @description The URL of the large icon image (1:1, at least 40x40 px). */
            push_icon_image_url?: string;
            /** @description The accent color as an RGB integer. */
            accent_color?: number;
            /**
             * @description Send only to the user's most recently used Android device.
             * @default false
             */
            send_to_most_recent_device_only?: boolean;
            /** @description Push action buttons. */
            buttons?: components["schemas"]["AndroidPushActionButton"][];
            conversation_data?: components["schemas"]["AndroidPushConversation"];
        };
        /** @description A Kindle / FireOS push notification (`messages.kindle_push`). */
        KindlePushObject: {
            /** @description The notification text. */
            alert: string;
            /** @description The title in the notification drawer. */
            title: string;
            /** @description Extra key-value pairs delivered with the push. */
            extra?: {
                [key: string]: unknown;
            };
            /** @description With `campaign_id`, the Kindle/FireOS push variation the message is tracked under. */
            message_variation_id?: string;
            /**
             * @description The notification priority, from -2 (lowest) to 2 (highest); out-of-range values are treated as 0.
             * @default 0
             */
            priority?: number;
            /** @description The collapse key of the message. */
            collapse_key?: string;
            /** @description A custom sound in the app; `default` plays the standard sound. */
            sound?: string;
            /** @description A web URL or deep link opened when the notification is tapped. */
            custom_uri?: string;
        };
        /** @description One web push action button. */
        WebPushActionButton: {
            /** @description The button label. */
            text: string;
            /**
             * @description What clicking the button does.
             * @default OPEN_APP
             * @enum {string}
             */
            action?: "OPEN_APP" | "URI" | "CLOSE";
            /** @description The web URL for the `URI` action. */
            uri?: string;
        };
        /** @description A web (browser) push notification (`messages.web_push`). */
        WebPushObject: {
            /** @description The notification text. */
            alert: string;
            /** @description The notification title. */
            title: string;
            /** @description Extra key-value pairs delivered with the push. */
            extra?: {
                [key: string]: unknown;
            };
            /** @description With `campaign_id`, the web push variation the message is tracked under. */
            message_variation_id?: string;
            /** @description A web URL opened when the notification is clicked. */
            custom_uri?: string;
            /** @description The URL of the icon image (1:1). */
            image_url?: string;
            /** @description The URL of a large image (Chrome on Windows and Android). */
            large_image_url?: string;
            /** @description Keep the notification on screen until the user dismisses it (where the browser supports it). */
            require_interaction?: boolean;
            /** @description How long delivery is attempted, in seconds. */
            time_to_live?: number;
            /**
             * @description Send only to the user's most recently used browser.
             * @default false
             */
            send_to_most_recent_device_only?: boolean;
            /** @description Push action buttons. */
            buttons?: components["schemas"]["WebPushActionButton"][];
        };
        /** @description An email (`messages.email`). Any `app_id` of the workspace works for every user. When `email_template_id` is given, the template supplies the subject, body and CSS-inlining setting unless they are also set here. */
        EmailObject: {
            /** @description An app identifier of the workspace. */
            app_id: string;
            /** @description The subject line. */
            subject?: string;
            /**
             * @description The sender, as `Display Name <address@example.com>`. Needed unless a template or campaign supplies it.
             * @example Company <hello@example.com>
             */
            from?: string;
            /** @description The reply-to address; defaults to the workspace's default reply-to. `NO_REPLY_TO` sends without a reply-to address. */
            reply_to?: string;
            /** @description One of the BCC addresses configured in the workspace's email settings (when BCC is enabled). */
            bcc?: string;
            /** @description The HTML body. Required unless `email_template_id` is given. */
            body?: string;
            /** @description The plain-text body; generated from `body` when omitted. */
            plaintext_body?: string;
            /** @description The preview text shown after the subject (50–100 characters recommended). */
            preheader?: string;
            /** @description An email template (HTML editor) whose subject, body and CSS inlining are used unless overridden here. */
            email_template_id?: string;
            /** @description With `campaign_id`, the email variation the message is tracked under. */
            message_variation_id?: string;
            /** @description Extra key-value pairs (passed to SendGrid as unique arguments). */
            extras?: {
                [key: string]: unknown;
            };
            /** @description Custom email headers (SparkPost, SendGrid or Amazon SES). */
            headers?: {
                [key: string]: string;
            };
            /** @description Whether to inline CSS in the body; defaults to the workspace setting. */
            should_inline_css?: boolean;
            /** @description Files to attach, each up to 2 MB. */
            attachments?: components["schemas"]["EmailObjectAttachment"][];
        };
        /** @description An SMS or MMS message (`messages.sms`). Any `app_id` of the workspace works for every user. */
        SmsObject: {
            /** @description The SMS subscription group whose numbers send the message. */
            subscription_group_id: string;
            /** @description With `campaign_id`, the SMS variation the message is tracked under. */
            message_variation_id?: string;
            /** @description The message text. */
            body: string;
            /** @description An app identifier of the workspace. */
            app_id: string;
            /** @description An image to send as MMS (the subscription group must be MMS-enabled; one image is supported). */
            media_items?: (string | ({
                /** @description The image URL. */
                url?: string;
            } & {
                [key: string]: unknown;
            }))[];
            /** @description Shorten links and track clicks at campaign level. */
            link_shortening_enabled?: boolean;
            /** @description With link shortening on, also track clicks per user. */
            user_click_tracking_enabled?: boolean;
        };
        /** @description A `template_message`: an approved WhatsApp template plus the values of its variables. Variable objects are keyed by the zero-based variable index (`"0"`, `"1"`, …). */
        WhatsAppTemplateMessage: {
            /** @description The WhatsApp template name. */
            template_name: string;
            /** @description The language code of the template, such as `en_US`. */
            template_language_code: string;
            /** @description Values of the header variables (at most one), keyed by index. Required when the header has a variable. */
            header_variables?: {
                [key: string]: string;
            };
            /** @description Values of the body variables, keyed by index. Required when the body has variables. */
            body_variables?: {
                [key: string]: string;
            };
            /** @description The value of the one supported button variable: the path part of a call-to-action URL, keyed by the index of that button in the template (for example `"1"` for the second button). */
            button_variables?: {
                [key: string]: string;
            };
            /** @description The header image, when the template's header is an image. */
            header_image_uri?: string;
        };
        /** @description A response message, which can only be sent inside an open conversation with the user. */
        WhatsAppResponseMessage: {
            /** @description The message text. */
            body: string;
            /** @description Whether WhatsApp renders a preview of links in the body. */
            preview_url?: boolean;
        } | {
            /** @description The image to send. */
            image_uri: string;
            /** @description The image caption. */
            caption?: string;
        } | {
            /** @description The message text. */
            body: string;
            /** @description A header image (not together with `header_text`). */
            header_image_uri?: string;
            /** @description A header text (not together with `header_image_uri`). */
            header_text?: string;
            /** @description The footer text. */
            footer?: string;
            /** @description Quick-reply buttons, shown in this order. */
            buttons: {
                /** @description The button label. */
                text: string;
            }[];
        } | {
            /** @description The header text. */
            header?: string;
            /** @description The message text. */
            body: string;
            /** @description The footer text. */
            footer?: string;
            /** @description The list the user picks from (at most 10 rows across all sections). */
            list: {
                /** @description The label of the button that opens the list. */
                list_button_text: string;
                /** @description The sections of the list. */
                list_sections: {
                    /** @description The section title. */
                    section_title: string;
                    /** @description The rows of the section. */
                    list_rows: {
                        /** @description The row title. */
                        row_title: string;
                        /** @description The row description. */
                        row_description?: string;
                    }[];
                }[];
            };
        };
        /** @description A WhatsApp message (`messages.whats_app`): either an approved template or, inside an open conversation, a response message. `message_type` says which shape `message` has. */
        WhatsAppObject: {
            /** @description An app identifier of the workspace. */
            app_id: string;
            /** @description The WhatsApp subscription group that sends the message. */
            subscription_group_id: string;
            /** @description With `campaign_id`, the WhatsApp variation the message is tracked under. */
            message_variation_id?: string;
            /**
             * @description The kind of message in `message`.
             * @enum {string}
             */
            message_type: "template_message" | "text_response_message" | "text_image_response_message" | "quick_reply_response_message" | "list_response_message";
            /** @description The message content; its shape depends on `message_type`. */
            message: components["schemas"]["WhatsAppTemplateMessage"] | components["schemas"]["WhatsAppResponseMessage"];
        };
        /** @description A webhook (`messages.webhook`). Set `Content-Type` in `request_headers` explicitly; otherwise it is guessed from the body. */
        WebhookObject: {
            /** @description The URL to call. */
            url: string;
            /**
             * @description The HTTP method.
             * @enum {string}
             */
            request_method: "POST" | "PUT" | "DELETE" | "GET";
            /** @description Request headers as key-value pairs. */
            request_headers?: {
                [key: string]: string;
            };
            /** @description The request body as a string (escape quotes and backslashes when it holds JSON). */
            body?: string;
            /** @description With `campaign_id`, the webhook variation the message is tracked under. */
            message_variation_id?: string;
        };
        /** @description A Content Card (`messages.content_card`). Either `time_to_live` or `expire_at` must be given; cards live at most 30 days. */
        ContentCardObject: {
            /**
             * @description The card layout.
             * @enum {string}
             */
            type: "CLASSIC" | "CAPTIONED_IMAGE" | "BANNER";
            /** @description The card title. */
            title: string;
            /** @description The card text. */
            description: string;
            /** @description With `campaign_id`, the Content Card variation the message is tracked under. */
            message_variation_id?: string;
            /**
             * @description Whether the card is pinned to the top of the feed.
             * @default false
             */
            pinned?: boolean;
            /** @description The card image; required for `CAPTIONED_IMAGE` and `BANNER`. */
            image_url?: string;
            /** @description Seconds until the card expires (at most 30 days). Use this or `expire_at`. */
            time_to_live?: number;
            /** @description The ISO 8601 date-time at which the card expires (at most 30 days ahead). Use this or `time_to_live`. */
            expire_at?: string;
            /**
             * @description With `expire_at`, expire in each user's local time.
             * @default false
             */
            expire_in_local_time?: boolean;
            /** @description The web URL or deep link opened on iOS. */
            ios_uri?: string;
            /** @description The web URL or deep link opened on Android. */
            android_uri?: string;
            /** @description The web URL or deep link opened on the web. */
            web_uri?: string;
            /**
             * @description Whether a web URL opens inside the iOS app.
             * @default true
             */
            ios_use_webview?: boolean;
            /**
             * @description Whether a web URL opens inside the Android app.
             * @default true
             */
            android_use_webview?: boolean;
            /** @description The text of the card's link. */
            uri_text?: string;
            /** @description Extra key-value pairs delivered with the card. */
            extra?: {
                [key: string]: unknown;
            };
        };
        /**
         * @deprecated
         * @description A Windows Phone 8 toast push. Only older versions of Braze's documentation list this channel.
         */
        PushWindowsPhone8Object: {
            /**
             * @description The push type; only `toast` exists.
             * @enum {string}
             */
            push_type?: "toast";
            /** @description The notification title. */
            toast_title?: string;
            /** @description The notification text. */
            toast_content: string;
            /** @description The page URI the user is sent to. */
            toast_navigation_uri?: string;
            /** @description Extra key-value pairs. */
            toast_hash?: {
                [key: string]: unknown;
            };
            /** @description With `campaign_id`, the Windows Phone 8 variation the message is tracked under. */
            message_variation_id?: string;
        };
        /**
         * @deprecated
         * @description A Windows Universal toast push. Only older versions of Braze's documentation list this channel.
         */
        PushWindowsUniversalObject: {
            /**
             * @description The Windows toast template.
             * @enum {string}
             */
            push_type: "toast_text_01" | "toast_text_02" | "toast_text_03" | "toast_text_04" | "toast_image_and_text_01" | "toast_image_and_text_02" | "toast_image_and_text_03" | "toast_image_and_text_04";
            /** @description The first line of text. */
            toast_text1: string;
            /** @description The second line of text (templates with more than one line). */
            toast_text2?: string;
            /** @description The third line of text (`*_04` templates). */
            toast_text3?: string;
            /** @description The image path, for templates with an image. */
            toast_text_img_name?: string;
            /** @description With `campaign_id`, the Windows Universal variation the message is tracked under. */
            message_variation_id?: string;
            /** @description Extra values added to the launch string, for deep linking. */
            extra_launch_string?: string;
        };
        /** @description The message content per channel (`messages`). Include one object for each channel to send on; users receive the channels they are reachable on. */
        MessagingObjects: {
            apple_push?: components["schemas"]["ApplePushObject"];
            android_push?: components["schemas"]["AndroidPushObject"];
            kindle_push?: components["schemas"]["KindlePushObject"];
            web_push?: components["schemas"]["WebPushObject"];
            email?: components["schemas"]["EmailObject"];
            sms?: components["schemas"]["SmsObject"];
            whats_app?: components["schemas"]["WhatsAppObject"];
            webhook?: components["schemas"]["WebhookObject"];
            content_card?: components["schemas"]["ContentCardObject"];
            windows_phone8_push?: components["schemas"]["PushWindowsPhone8Object"];
            windows_universal_push?: components["schemas"]["PushWindowsUniversalObject"];
        };
        /** @description The campaigns and Canvases scheduled between now and `end_time`. */
        ScheduledBroadcastsResponse: {
            /** @description One entry per scheduled campaign or Canvas; a recurring message appears once, with its next occurrence. */
            scheduled_broadcasts: ({
                /** @description The campaign or Canvas name. */
                name?: string;
                /** @description The campaign or Canvas API identifier. */
                id?: string;
                /**
                 * @description Whether this is a `Campaign` or a `Canvas`.
                 * @example Canvas
                 */
                type?: string;
                /** @description The tag names. */
                tags?: string[];
                /** @description The next send time in ISO 8601 (with a zone unless sent in local time or by Intelligent Delivery). */
                next_send_time?: string;
                /** @description `local_time_zones`, `intelligent_delivery`, or the name of the company time zone. */
                schedule_type?: string;
            } & {
                [key: string]: unknown;
            })[];
            /** @description `success` when the export completed. */
            message?: string;
        } & {
            [key: string]: unknown;
        };
        /** @description Page options of a preference center. */
        PreferenceCenterOptions: {
            /** @description When set, a `viewport` meta tag with this `content` value is added to the page. */
            "meta-viewport-content"?: string;
            /** @description Favicon links; each adds a `<link>` tag to the page. */
            "links-tags"?: {
                /**
                 * @description The link relation.
                 * @enum {string}
                 */
                rel: "icon" | "shortcut icon" | "apple-touch-icon";
                /**
                 * @description The icon type.
                 * @enum {string}
                 */
                type?: "image/png" | "image/svg" | "image/gif" | "image/x-icon" | "image/svg+xml" | "mask-icon";
                /** @description The icon sizes, such as `32x32`. */
                sizes?: string;
                /** @description The icon color, for `mask-icon`. */
                color?: string;
                /** @description The icon URL. */
                href: string;
            }[];
        };
        /** @description The content of a preference center. The HTML can use Braze's Liquid tags to show and submit the user's subscription states (`subscribed_state`, `form_field_name`, `preference_center_submit_url`). */
        PreferenceCenterWrite: {
            /** @description The preference center name (letters, numbers, hyphens and underscores only). It cannot change after creation. */
            name?: string;
            /**
             * @description The title of the preference center and confirmation pages; defaults to "Preference Center".
             * @default Preference Center
             */
            preference_center_title?: string;
            /** @description The HTML of the preference center page. */
            preference_center_page_html: string;
            /** @description The HTML of the confirmation page. */
            confirmation_page_html: string;
            /**
             * @description Whether the preference center is live or a draft (defaults to `active` on creation).
             * @enum {string}
             */
            state?: "active" | "draft";
            options?: components["schemas"]["PreferenceCenterOptions"];
        };
        /** @description A preference center in the list. */
        PreferenceCenterSummary: {
            /** @description The preference center name. */
            name?: string;
            /** @description The preference center's API identifier. */
            preference_center_api_id?: string;
            /** @description When it was created (ISO 8601). */
            created_at?: string;
            /** @description When it was last updated (ISO 8601). */
            updated_at?: string;
        } & {
            [key: string]: unknown;
        };
        /** @description The full definition of a preference center. */
        PreferenceCenterDetails: components["schemas"]["PreferenceCenterSummary"] & {
            /** @description The page title. */
            preference_center_title?: string;
            /** @description The HTML of the preference center page. */
            preference_center_page_html?: string;
            /** @description The HTML of the confirmation page. */
            confirmation_page_html?: string;
            /** @description The HTML of the redirect page, if any. */
            redirect_page_html?: string | null;
            /** @description The page options (see the `options` of the create request). */
            preference_center_options?: {
                [key: string]: unknown;
            };
            /**
             * @description Whether the preference center is live or a draft.
             * @enum {string}
             */
            state?: "active" | "draft";
        };
        /** @description The dashboard user's name. */
        ScimName: {
            /** @description The user's given (first) name. */
            givenName: string;
            /** @description The user's family (last) name. */
            familyName: string;
        };
        /**
         * @description The user's department, as a SCIM department string: `agency` (Agency / Third Party), `bi` (BI / Analytics), `c_suite` (C-Suite), `engineering`, `finance`, `marketing` (Marketing / Editorial) or `pm` (Product Management).
         * @enum {string}
         */
        ScimDepartment: "agency" | "bi" | "c_suite" | "engineering" | "finance" | "marketing" | "pm";
        /** @description A workspace permission set assigned to the user. Name it by `appGroupPermissionSetName` or by its ID; responses also list the permissions it grants. */
        ScimPermissionSet: {
            /** @description The permission set name. */
            appGroupPermissionSetName?: string;
            /** @description The permission set ID (as returned in responses). */
            appGroupPermissionSetId?: string;
            /** @description The permission set ID (spelling used by the SCIM appendix for requests). */
            appGroupPermissionSetID?: string;
            /** @description The workspace permission strings the set grants (responses only). */
            permissions?: string[];
        } | unknown | unknown | unknown;
        /** @description The user's permissions on one team of a workspace. Name the team by `teamName` or `teamId` (one is needed in requests; responses carry both). */
        ScimTeamPermissions: {
            /** @description The team ID (alternative to `teamName`). */
            teamId?: string;
            /** @description The team name. */
            teamName?: string;
            /** @description Team-level permission strings, such as `admin`, `basic_access`, `send_campaigns_canvases`, `publish_cards`, `edit_segments`, `export_user_data`, `view_user_profile`, `manage_dashboard_users` or `manage_media_library`. */
            teamPermissions?: string[];
        } | unknown | unknown;
        /** @description The user's permissions in one workspace (the keys keep the old "app group" name). Name the workspace by `appGroupName` or `appGroupId`; grant either individual permissions (`appGroupPermissions`) or a permission set (`appGroupPermissionSets`), plus optional team permissions. */
        ScimWorkspacePermissions: {
            /** @description The workspace ID (alternative to `appGroupName`). */
            appGroupId?: string;
            /** @description The workspace name. */
            appGroupName?: string;
            /** @description Workspace-level permission strings, such as `admin`, `basic_access`, `send_campaigns_canvases`, `publish_cards`, `edit_segments`, `export_user_data`, `view_pii`, `manage_dashboard_users`, `launch_content_blocks` or `manage_catalogs_dashboard_permission`. */
            appGroupPermissions?: string[];
            /** @description The permission set assigned in this workspace (a single-element array). */
            appGroupPermissionSets?: components["schemas"]["ScimPermissionSet"][];
            /** @description Permissions on teams of this workspace. */
            team?: components["schemas"]["ScimTeamPermissions"][];
        } | unknown | unknown;
        /** @description A role assigned to the user. Name it by `roleName` or `roleId` in requests; responses carry both and the workspaces the role covers. */
        ScimRole: {
            /** @description The role name. */
            roleName?: string;
            /** @description The role ID (alternative to `roleName`). */
            roleId?: string;
            /** @description The workspace permissions the role grants (responses only). */
            appGroup?: components["schemas"]["ScimWorkspacePermissions"][];
        } | unknown | unknown;
        /** @description A dashboard user's permissions at company, role, workspace and team level. */
        ScimPermissions: {
            /** @description Company-level permission strings: `admin`, `manage_company_settings`, `add_remove_app_groups`. */
            companyPermissions?: string[];
            /** @description Roles assigned to the user. */
            roles?: components["schemas"]["ScimRole"][];
            /** @description Permissions per workspace. */
            appGroup?: components["schemas"]["ScimWorkspacePermissions"][];
        };
        /** @description A dashboard user account as a SCIM 2.0 user resource. */
        ScimUser: {
            /** @description The SCIM schema URNs of the resource (`urn:ietf:params:scim:schemas:core:2.0:User`); left out of the resources inside a search result. */
            schemas?: string[];
            /** @description The resource ID Braze generated for the user, used to read, update and delete the account. */
            id: string;
            /**
             * Format: email
             * @description The user's email address.
             */
            userName: string;
            name?: components["schemas"]["ScimName"];
            department?: components["schemas"]["ScimDepartment"];
            /** @description The last successful sign-in, in UTC, as a human-readable date (e.g. `Thursday, January 1, 1970 12:00:00 AM`). */
            lastSignInAt?: string;
            /** @description When the account was created, in the same format as `lastSignInAt`. */
            createdAt?: string;
            permissions?: components["schemas"]["ScimPermissions"];
        };
        /** @description A SCIM 2.0 list response holding the users that match a filter. */
        ScimUserListResponse: {
            /** @description `urn:ietf:params:scim:api:messages:2.0:ListResponse`. */
            schemas: string[];
            /** @description How many users match. */
            totalResults: number;
            /** @description The matching users. */
            Resources: components["schemas"]["ScimUser"][];
        };
        /** @description A SCIM 2.0 error message. */
        ScimError: {
            /** @description `urn:ietf:params:scim:api:messages:2.0:Error`. */
            schemas: string[];
            /** @description What went wrong. */
            detail: string;
            /** @description The HTTP status code, repeated in the body. */
            status: number;
        };
        /** @description A segment as listed by `/segments/list`. */
        SegmentSummary: {
            /** @description The segment API identifier. */
            id: string;
            /** @description The segment name. */
            name: string;
            /** @description Whether analytics tracking is enabled for the segment. */
            analytics_tracking_enabled?: boolean;
            /** @description Tags attached to the segment. */
            tags?: string[];
        } & {
            [key: string]: unknown;
        };
        /** @description The created send identifier. */
        SendIdCreateResponse: components["schemas"]["SuccessResponse"] & {
            /** @description The send identifier, to pass as `send_id` when sending and to read `/sends/data_series`. */
            send_id: string;
        };
        /**
         * @description Why a phone number is invalid: `provider_error` (the SMS provider reported it cannot receive SMS) or `deactivated` (the number was deactivated).
         * @enum {string}
         */
        SmsInvalidReason: "provider_error" | "deactivated";
        /** @description One value, or an array of up to 50 values. */
        SubscriptionIdList: string | string[];
        /**
         * @description `subscribed` (in the subscription group) or `unsubscribed` (not in it).
         * @enum {string}
         */
        SubscriptionState: "subscribed" | "unsubscribed";
        /**
         * @description Tag names for the template. Every tag must already exist in the workspace (Settings → Tags); unknown tags are refused with "Some tags could not be found".
         * @example [
         *       "Tag1",
         *       "Tag2"
         *     ]
         */
        EmailTemplateTags: string[];
        /** @description An email template as returned by `GET /templates/email/info`. */
        EmailTemplate: {
            /** @description The template's API identifier. */
            email_template_id: string;
            /** @description The template name. */
            template_name: string;
            /** @description The template description. */
            description?: string;
            /** @description The subject line. */
            subject?: string;
            /** @description The preheader shown as a preview by some email clients. */
            preheader?: string;
            /** @description The HTML body; images appear in it as HTML. */
            body?: string;
            /** @description The plain-text version of the body. */
            plaintext_body?: string;
            /** @description Whether CSS is inlined in the body; defaults to the workspace's CSS-inlining setting. */
            should_inline_css?: boolean;
            /** @description The template's tag names (an array of strings; the info page describes a string). */
            tags?: string[] | string;
            /**
             * Format: date-time
             * @description When the template was created (ISO 8601).
             */
            created_at?: string;
            /**
             * Format: date-time
             * @description When the template was last updated (ISO 8601).
             */
            updated_at?: string;
        };
        /** @description One email template in the list returned by `GET /templates/email/list`. */
        EmailTemplateSummary: {
            /** @description The template's API identifier. */
            email_template_id: string;
            /** @description The template name. */
            template_name: string;
            /**
             * Format: date-time
             * @description When the template was created (ISO 8601).
             */
            created_at?: string;
            /**
             * Format: date-time
             * @description When the template was last updated (ISO 8601).
             */
            updated_at?: string;
            /** @description The template's tag names. */
            tags?: string[];
        };
        /** @description The accepted transactional send. `dispatch_id` identifies this instance of the send and appears in the Transactional HTTP event postback. */
        TransactionalSendResponse: {
            /** @description A random unique ID of this send instance. */
            dispatch_id: string;
            /** @description The current status of the message. Later statuses (`sent`, `processed`, `aborted`, `delivered`, `bounced`) arrive through the Transactional HTTP event postback (TransactionalEventPostback). */
            status?: string;
            /** @description More information about the send instance, such as the `external_send_id` that was passed. */
            metadata?: {
                /** @description The `external_send_id` of the request, if one was given. */
                external_send_id?: string;
            } & {
                [key: string]: unknown;
            };
            /** @description `success` when the request was accepted (older responses). */
            message?: string;
        } & {
            [key: string]: unknown;
        };
        /**
         * @description A user profile field to include in an export. Asking only for the fields you need makes exports faster and smaller. `custom_attributes` exports every custom attribute. `custom_events`, `purchases`, `campaigns_received` and `canvases_received` only cover the last 90 days (though `first` and `count` are all-time).
         * @enum {string}
         */
        ExportFieldName: "apps" | "attributed_ad" | "attributed_adgroup" | "attributed_campaign" | "attributed_source" | "braze_id" | "campaigns_received" | "canvases_received" | "cards_clicked" | "country" | "created_at" | "custom_attributes" | "custom_events" | "devices" | "dob" | "email" | "email_subscribe" | "external_id" | "first_name" | "gender" | "home_city" | "language" | "last_coordinates" | "last_name" | "phone" | "purchases" | "push_subscribe" | "push_tokens" | "random_bucket" | "time_zone" | "total_revenue" | "uninstalled_at" | "user_aliases";
        /** @description The answer to an asynchronous export request. With cloud storage configured, files go to your bucket and only `object_prefix` is returned; otherwise `url` is where the ZIP will be downloadable once the export is ready (valid for a few hours). */
        ExportJobResponse: components["schemas"]["SuccessResponse"] & {
            /** @description The file name prefix used for this export's files. */
            object_prefix?: string;
            /**
             * Format: uri
             * @description Where the export can be downloaded, when no cloud storage credentials are set up.
             */
            url?: string;
        };
        /** @description A summary of one custom event (or purchased product) on a user profile. */
        UserEventSummary: {
            /** @description The event name (or product ID for purchases). */
            name?: string;
            /** @description The product ID (purchase summaries returned by `/users/track/sync`). */
            product_id?: string;
            /** @description When it first happened (ISO 8601). */
            first?: string;
            /** @description When it last happened (ISO 8601). */
            last?: string;
            /** @description How many times it happened, all time. */
            count?: number;
        } & {
            [key: string]: unknown;
        };
        /** @description One exported user profile. Braze sends as little as possible: a missing field means null or empty. Which fields appear depends on `fields_to_export`. */
        ExportUser: {
            /** @description When the profile was created, for example `2020-07-10 15:00:00.000 UTC`. */
            created_at?: string;
            external_id?: string;
            user_aliases?: components["schemas"]["UserAlias"][];
            /** @description The Braze-assigned, device-specific identifier. */
            braze_id?: string;
            /** @description The user's random bucket number, for uniformly distributed random segments. */
            random_bucket?: number;
            first_name?: string;
            last_name?: string;
            email?: string;
            /** @description Date of birth as `YYYY-MM-DD`. */
            dob?: string;
            home_city?: string;
            /** @description ISO-3166-1 alpha-2 country code. */
            country?: string;
            /** @description Phone number in E.164 format. */
            phone?: string;
            /** @description ISO-639-1 language code. */
            language?: string;
            time_zone?: string;
            /** @description The most recent device location as `[longitude, latitude]`. */
            last_coordinates?: number[];
            /** @description `M`, `F`, `O` (other), `N` (not applicable), `P` (prefer not to say), or null (unknown). */
            gender?: string | null;
            /** @description Revenue attributed to the user from purchases in campaign and Canvas conversion windows. */
            total_revenue?: number;
            attributed_campaign?: string;
            attributed_source?: string;
            attributed_adgroup?: string;
            attributed_ad?: string;
            /** @enum {string} */
            push_subscribe?: "opted_in" | "subscribed" | "unsubscribed";
            /** @description When the user opted in to push. */
            push_opted_in_at?: string;
            /** @enum {string} */
            email_subscribe?: "opted_in" | "subscribed" | "unsubscribed";
            /** @description When the user uninstalled the app; absent if never. */
            uninstalled_at?: string;
            /** @description Custom attribute names and values. */
            custom_attributes?: {
                [key: string]: unknown;
            };
            custom_events?: components["schemas"]["UserEventSummary"][];
            purchases?: components["schemas"]["UserEventSummary"][];
            devices?: ({
                model?: string;
                os?: string;
                carrier?: string | null;
                /** @description iOS identifier for vendor, when collected. */
                idfv?: string;
                /** @description iOS advertising identifier, when collected. */
                idfa?: string;
                device_id?: string;
                /** @description Google Play advertising identifier, when collected. */
                google_ad_id?: string;
                roku_ad_id?: string;
                ad_tracking_enabled?: boolean;
            } & {
                [key: string]: unknown;
            })[];
            push_tokens?: ({
                /** @description The app name. */
                app?: string;
                platform?: string;
                token?: string;
                device_id?: string;
                /** @description Whether push notifications are turned on for this token. */
                notifications_enabled?: boolean;
            } & {
                [key: string]: unknown;
            })[];
            /** @description Apps the user has had sessions in. */
            apps?: ({
                name?: string;
                platform?: string;
                version?: string;
                sessions?: number;
                first_used?: string;
                last_used?: string;
            } & {
                [key: string]: unknown;
            })[];
            campaigns_received?: ({
                name?: string;
                api_campaign_id?: string;
                last_received?: string;
                engaged?: {
                    opened_email?: boolean;
                    opened_push?: boolean;
                    clicked_email?: boolean;
                    clicked_triggered_in_app_message?: boolean;
                } & {
                    [key: string]: boolean;
                };
                converted?: boolean;
                /** @description Conversion event name → whether it converted. */
                multiple_converted?: {
                    [key: string]: boolean;
                };
                variation_name?: string;
                variation_api_id?: string;
                in_control?: boolean;
            } & {
                [key: string]: unknown;
            })[];
            canvases_received?: ({
                name?: string;
                api_canvas_id?: string;
                last_received_message?: string;
                last_entered?: string;
                variation_name?: string;
                in_control?: boolean;
                last_entered_control_at?: string | null;
                last_exited?: string;
                steps_received?: ({
                    name?: string;
                    api_canvas_step_id?: string;
                    last_received?: string;
                } & {
                    [key: string]: unknown;
                })[];
            } & {
                [key: string]: unknown;
            })[];
            cards_clicked?: ({
                name?: string;
            } & {
                [key: string]: unknown;
            })[];
        } & {
            [key: string]: unknown;
        };
        /** @description Identifies the alias-only profile with `user_alias` by giving it (or merging it into the profile with) `external_id`. */
        IdentifyAlias: {
            /** @description The external ID to identify the profile with. */
            external_id: string;
            user_alias: components["schemas"]["UserAlias"];
        };
        /** @description Identifies an email-only profile with `external_id`. */
        IdentifyEmail: {
            /** @description The external ID to identify the profile with. */
            external_id: string;
            /**
             * Format: email
             * @description The email address of the profile to identify.
             */
            email: string;
            prioritization: components["schemas"]["UserPrioritization"];
        };
        /** @description Identifies a phone-number-only profile with `external_id`. */
        IdentifyPhone: {
            /** @description The external ID to identify the profile with. */
            external_id: string;
            /** @description The phone number of the profile to identify (E.164 recommended). */
            phone: string;
            prioritization: components["schemas"]["UserPrioritization"];
        };
        /** @description A reference to one user in a merge: by `external_id`, by `user_alias`, or by `email` or `phone` together with a `prioritization` that decides which profile is meant when several share the address or number. */
        MergeIdentifier: {
            external_id: string;
        } | {
            user_alias: components["schemas"]["UserAlias"];
        } | {
            /** Format: email */
            email: string;
            prioritization: components["schemas"]["UserPrioritization"];
        } | {
            /** @description E.164 format recommended. */
            phone: string;
            prioritization: components["schemas"]["UserPrioritization"];
        };
        /** @description The profile `identifier_to_merge` is merged into `identifier_to_keep`, which is kept; the merged profile is removed. */
        MergeUpdate: {
            identifier_to_merge: components["schemas"]["MergeIdentifier"];
            identifier_to_keep: components["schemas"]["MergeIdentifier"];
        };
        /** @description A user's latest state in one subscription group and when it was set. */
        SubscriptionGroupEvent: {
            subscription_group_id?: string;
            /** @description For example `Subscribed` or `Unsubscribed`. */
            subscription_group_state?: string;
            /**
             * Format: date-time
             * @description When the state was last set.
             */
            subscription_group_event_date?: string;
        } & {
            [key: string]: unknown;
        };
        /**
         * @description A global channel subscription state: `opted_in` (explicitly opted in), `subscribed` (neither opted in nor out) or `unsubscribed` (explicitly opted out). `null` removes the value.
         * @enum {string|null}
         */
        UserSubscribeState: "opted_in" | "subscribed" | "unsubscribed" | null;
        /** @description A push token to attach to the user (normally the SDK does this; import only when migrating). */
        UserPushToken: {
            /** @description The app identifier the token belongs to. */
            app_id: string;
            /** @description The push token. */
            token: string;
            /** @description The device the token belongs to. Braze generates one when it is omitted. */
            device_id?: string;
        };
        /** @description The state to give the user in one subscription group. */
        UserSubscriptionGroupState: {
            /** @description The subscription group's identifier (shown on its dashboard page). */
            subscription_group_id: string;
            /**
             * @description Whether the user is in (`subscribed`) or out of (`unsubscribed`) the group.
             * @enum {string}
             */
            subscription_state: "subscribed" | "unsubscribed";
        };
        /** @description Marks a value inside a nested custom attribute (object or array of objects) as a date, so Braze stores it as a time rather than a string. */
        CustomAttributeTime: {
            /**
             * @description The date or date-time, in ISO 8601 or one of the other formats Braze accepts for dates.
             * @example 2020-05-28
             */
            $time: string;
        };
        /** @description A nested custom attribute: an object whose properties are themselves attribute values (strings, numbers, booleans, arrays, further objects, or `{"$time": …}` for dates). A `null` or otherwise invalid value inside a nested attribute makes Braze drop every nested attribute update of the request. */
        CustomAttributeNestedObject: {
            [key: string]: (string | number | boolean) | (string | number | boolean | Record<string, never>)[] | components["schemas"]["CustomAttributeTime"] | {
                [key: string]: unknown;
            };
        };
        /** @description Adds a positive or negative integer to an integer custom attribute instead of overwriting it. */
        CustomAttributeIncrement: {
            /** @description The amount to add (negative to subtract). */
            inc: number;
        };
        /** @description Changes an array custom attribute of simple values in place. `add` appends values (a value already present moves to the end; arrays hold unique values only) and `remove` deletes them. Both may be sent together. */
        CustomAttributeArrayUpdate: {
            /** @description Values to append. */
            add?: (string | number | boolean)[];
            /** @description Values to remove. */
            remove?: (string | number | boolean)[];
        };
        /** @description Selects the objects of an array of objects whose `$identifier_key` property equals `$identifier_value`. */
        CustomAttributeObjectMatch: {
            /** @description The property of each object to compare, such as `id`. */
            $identifier_key: string;
            /** @description The value that property must have. */
            $identifier_value: string | number | boolean;
        };
        /** @description Changes an array-of-objects custom attribute in place. `$add` appends objects, `$remove` deletes every object matching a key and value, and `$update` deep-merges `$new_object` into the matching objects (set `_merge_objects: true` on the attributes object, or the objects are replaced). An array of objects may be at most 100 KB. */
        CustomAttributeObjectArrayUpdate: {
            /** @description Objects to append. */
            $add?: components["schemas"]["CustomAttributeNestedObject"][];
            /** @description Selectors of the objects to remove. */
            $remove?: components["schemas"]["CustomAttributeObjectMatch"][];
            /** @description Selectors of the objects to change, each with the properties to merge into them. */
            $update?: (components["schemas"]["CustomAttributeObjectMatch"] & {
                $new_object: components["schemas"]["CustomAttributeNestedObject"];
            })[];
        };
        /** @description The value of a custom attribute in a user attributes object. It can be a string (dates as ISO 8601 strings), a number, a boolean, `null` (removes the attribute), an array of simple values (unique, 25 items by default, up to 100 if raised), an array of objects, a nested object, an increment (`{"inc": 5}`), an array change (`{"add": […], "remove": […]}`) or an array-of-objects change (`{"$add"|"$remove"|"$update": […]}`). */
        CustomAttributeValue: string | number | boolean | null | ((string | number | boolean) | components["schemas"]["CustomAttributeNestedObject"])[] | components["schemas"]["CustomAttributeIncrement"] | components["schemas"]["CustomAttributeArrayUpdate"] | components["schemas"]["CustomAttributeObjectArrayUpdate"] | components["schemas"]["CustomAttributeNestedObject"];
        /**
         * @description Creates or updates attributes on one user profile. Identify the user with one of `external_id`, `user_alias`, `braze_id`, `email` or `phone` (or send `push_token_import: true` with `push_tokens` to import tokens for anonymous users). The properties listed here are Braze's standard profile fields (lower case); any other key is a custom attribute. Setting a field to `null` removes it, except `external_id` and `user_alias`, which cannot be removed once set. Send only values that changed: every update costs data points.
         * @example {
         *       "external_id": "user1",
         *       "first_name": "Jon",
         *       "dob": "1988-02-14",
         *       "email_subscribe": "opted_in",
         *       "has_profile_picture": true,
         *       "music_videos_favorited": {
         *         "add": [
         *           "calvinharris-summer"
         *         ],
         *         "remove": [
         *           "nickiminaj-anaconda"
         *         ]
         *       }
         *     }
         */
        UserAttributes: {
            /** @description The user's external ID. The first time it is set on an unknown profile, Braze moves that profile's data to it. */
            external_id?: string;
            user_alias?: components["schemas"]["UserAlias"];
            /** @description The Braze-assigned, device-specific user identifier. */
            braze_id?: string;
            /**
             * Format: email
             * @description The user's email address. Also usable as the identifier; if several profiles share it, the most recently updated one is updated.
             */
            email?: string | null;
            /** @description The user's phone number, preferably in E.164 format. Also usable as the identifier (email wins when both are sent). */
            phone?: string | null;
            /** @description When `true`, only existing profiles are updated and no profile is created. Defaults to `false` for `external_id`, but to `true` when the user is identified by `user_alias`; send `false` to create an alias-only profile. */
            _update_existing_only?: boolean;
            /** @description Set to `true` to import push tokens for users that have no external ID: `push_tokens` is then required and `external_id`/`braze_id` must be omitted. Braze creates a temporary anonymous profile per new token. */
            push_token_import?: boolean;
            /**
             * @description When `true`, nested custom attribute objects (and `$update` on arrays of objects) are deep-merged into the stored value instead of replacing it. Defaults to `false`.
             * @default false
             */
            _merge_objects?: boolean;
            /** @description An alias name to give the profile (with `alias_label`). */
            alias_name?: string;
            /** @description The label of `alias_name`. */
            alias_label?: string;
            /**
             * @description The country as an ISO-3166-1 alpha-2 code (for example `US`). Braze tries to map other spellings and stores `null` when it cannot. Setting it stops the SDK from capturing the country automatically.
             * @example US
             */
            country?: string | null;
            /** @description The user's current location. */
            current_location?: {
                latitude: number;
                longitude: number;
            } | null;
            /** @description When the user first used the app, in ISO 8601 or another date format Braze accepts (such as `yyyy-MM-dd'T'HH:mm:ss:SSSZ`). */
            date_of_first_session?: string | null;
            /** @description When the user last used the app, in ISO 8601 or another date format Braze accepts. */
            date_of_last_session?: string | null;
            /**
             * Format: date
             * @description Date of birth as `YYYY-MM-DD`.
             * @example 1980-12-21
             */
            dob?: string | null;
            email_subscribe?: components["schemas"]["UserSubscribeState"];
            /** @description `true` stops Braze adding the open-tracking pixel to future emails to this user (SparkPost and SendGrid only). */
            email_open_tracking_disabled?: boolean;
            /** @description `true` stops click tracking on links in future emails to this user (SparkPost and SendGrid only). */
            email_click_tracking_disabled?: boolean;
            /** @description Facebook data for the user. */
            facebook?: {
                id?: string;
                likes?: string[];
                num_friends?: number;
            } | null;
            first_name?: string | null;
            /**
             * @description `M` (male), `F` (female), `O` (other), `N` (not applicable), `P` (prefer not to say), or `null` (unknown).
             * @enum {string|null}
             */
            gender?: "M" | "F" | "O" | "N" | "P" | null;
            home_city?: string | null;
            /**
             * Format: uri
             * @description URL of an image for the profile.
             */
            image_url?: string | null;
            /**
             * @description The language as an ISO-639-1 code (for example `en`). A value set through the API overrides the locale the SDK reports and stops it being captured automatically.
             * @example en
             */
            language?: string | null;
            last_name?: string | null;
            /** @description When the user's email was marked as spam, in ISO 8601 or another date format Braze accepts. */
            marked_email_as_spam_at?: string | null;
            push_subscribe?: components["schemas"]["UserSubscribeState"];
            /** @description Push tokens to attach to the profile. */
            push_tokens?: components["schemas"]["UserPushToken"][];
            /** @description Subscription group states to set. Updating them here also updates every other user with the same email address or phone number. */
            subscription_groups?: components["schemas"]["UserSubscriptionGroupState"][];
            /** @description An IANA time zone name (such as `America/New_York`) or Rails-style name (`Eastern Time (US & Canada)`); invalid values are ignored. */
            time_zone?: string | null;
            /** @description X (formerly Twitter) data for the user. */
            twitter?: {
                id?: number;
                /** @description The handle. */
                screen_name?: string;
                followers_count?: number;
                friends_count?: number;
                statuses_count?: number;
            } | null;
        } & {
            [key: string]: components["schemas"]["CustomAttributeValue"];
        };
        /** @description Properties of a custom event or purchase, for Liquid personalization and trigger filters (not stored on the profile by default). Names are non-empty, at most 255 characters, and cannot start with `$`; `time` and `event_name` are reserved. Values are numbers, booleans, strings (255 characters at most), date-times as ISO 8601 strings, arrays (without date-times), or objects. Properties with arrays or objects may total 100 KB. */
        EventProperties: {
            [key: string]: number | boolean | string | unknown[] | {
                [key: string]: unknown;
            };
        };
        /**
         * @description One occurrence of a custom event by one user at a given time. Identify the user with one of `external_id`, `user_alias`, `braze_id`, `email` or `phone`. Each event object is recorded as a separate event, even when it repeats another one.
         * @example {
         *       "external_id": "user1",
         *       "app_id": "your-app-id",
         *       "name": "rented_movie",
         *       "time": "2013-07-16T19:20:45+01:00",
         *       "properties": {
         *         "movie": "The Sad Egg",
         *         "director": "Dan Alexander"
         *       }
         *     }
         */
        Event: {
            /** @description The user's external ID. */
            external_id?: string;
            user_alias?: components["schemas"]["UserAlias"];
            /** @description The Braze user identifier. */
            braze_id?: string;
            /**
             * Format: email
             * @description The user's email address.
             */
            email?: string;
            /** @description The user's phone number (E.164 recommended). */
            phone?: string;
            /** @description The app identifier the event is attributed to. */
            app_id?: string;
            /** @description The name of the event. */
            name: string;
            /**
             * @description When the event happened: an ISO 8601 date-time (or `yyyy-MM-dd'T'HH:mm:ss:SSSZ`). A time in the future is replaced by the current time.
             * @example 2013-07-16T19:20:30+01:00
             */
            time: string;
            properties?: components["schemas"]["EventProperties"];
            /** @description When `true`, the event is recorded only for an existing profile. Always `true` when the user is identified by `user_alias`. */
            _update_existing_only?: boolean;
        };
        /**
         * @description One purchase by one user at a given time. Identify the user with one of `external_id`, `user_alias`, `braze_id`, `email` or `phone`. Revenue is `price` × `quantity`; a quantity of N is recorded as N purchases of quantity 1. A new `product_id` is added to the workspace's product list (at most 5,000 products).
         * @example {
         *       "external_id": "user1",
         *       "app_id": "11ae5b4b-2445-4440-a04f-bf537764c9ad",
         *       "product_id": "backpack",
         *       "currency": "USD",
         *       "price": 40,
         *       "time": "2013-07-16T19:20:30+01:00",
         *       "properties": {
         *         "color": "red",
         *         "checkout_duration": 180
         *       }
         *     }
         */
        Purchase: {
            /** @description The user's external ID. */
            external_id?: string;
            user_alias?: components["schemas"]["UserAlias"];
            /** @description The Braze user identifier. */
            braze_id?: string;
            /**
             * Format: email
             * @description The user's email address.
             */
            email?: string;
            /** @description The user's phone number (E.164 recommended). */
            phone?: string;
            /** @description The app identifier the purchase is attributed to. */
            app_id?: string;
            /** @description What was bought, ideally a product name or category rather than a SKU (or an order-level name such as `Completed Order`). */
            product_id: string;
            /**
             * @description ISO 4217 alphabetic currency code, such as `USD`.
             * @example USD
             */
            currency: string;
            /** @description The unit price in the currency's base unit (dollars for USD, yen for JPY). */
            price: number;
            /**
             * @description How many were bought; defaults to 1.
             * @default 1
             */
            quantity?: number;
            /**
             * @description When the purchase happened, as an ISO 8601 date-time.
             * @example 2017-05-12T18:47:12Z
             */
            time: string;
            properties?: components["schemas"]["EventProperties"];
            /** @description When `true`, the purchase is recorded only for an existing profile. Always `true` when the user is identified by `user_alias`. */
            _update_existing_only?: boolean;
        };
        /** @description One marketer-defined property of a Banner; the JSON type of `value` follows `type`. */
        BannerProperty: {
            /**
             * @description The property's type.
             * @enum {string}
             */
            type: "number" | "string" | "boolean" | "image" | "jsonobject" | "datetime";
            /** @description The property's value (a number, string, Boolean or object, as `type` says). */
            value: number | string | boolean | Record<string, never>;
        };
        /** @description The Banner chosen for one placement, as structured properties (no rendered HTML). */
        Banner: {
            /** @description The Banner's unique ID; report impressions, clicks and dismissals with it. */
            id: string;
            /** @description The placement the Banner was matched to. */
            placement_id: string;
            /** @description Whether this is a control-group variant (nothing should be shown). */
            is_control?: boolean;
            /**
             * @description Whether the Banner comes from a test send.
             * @default false
             */
            is_test_send?: boolean;
            /** @description When to stop showing the Banner, in Unix seconds; `-1` means it does not expire. */
            expires_at?: number;
            /** @description The Banner's marketer-defined properties, keyed by property name. */
            properties?: {
                [key: string]: components["schemas"]["BannerProperty"];
            } | null;
        };
        /** @description One subscription group and the users whose state in it should change. Identify users with `external_ids`, `emails` or `phones` (each up to 50); `emails` and `phones` cannot be combined. */
        SubscriptionGroupUpdate: {
            /** @description The subscription group's identifier. */
            subscription_group_id: string;
            subscription_state: components["schemas"]["SubscriptionState"];
            /** @description External IDs of the users. */
            external_ids?: string[];
            /** @description Email addresses of the users (email groups). */
            emails?: components["schemas"]["SubscriptionIdList"];
            /** @description Phone numbers in E.164 format (SMS and WhatsApp groups). */
            phones?: components["schemas"]["SubscriptionIdList"];
            /**
             * @description For SMS groups, send users being subscribed through the SMS double opt-in workflow. Defaults to `false`.
             * @default false
             */
            use_double_opt_in_logic?: boolean;
        };
    };
    responses: {
        /** @description The request is malformed or invalid: bad syntax, no recipients, an unknown campaign or message variation ID, a payload that is too large, an unparseable send_at, or an in_local_time send that has already passed. */
        BadRequest: {
            headers: {
                "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
        /** @description The REST API key is missing or invalid, or it belongs to another instance (check the REST endpoint you call). */
        Unauthorized: {
            headers: {
                "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
        /** @description The key lacks the permission this endpoint needs (`Access Denied`), or the company's plan does not include the feature (`Forbidden`). */
        Forbidden: {
            headers: {
                "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
        /** @description The URL or the resource it names does not exist. */
        NotFound: {
            headers: {
                "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
        /** @description The rate limit of this endpoint (or of its shared group) was reached. Wait until the time in X-RateLimit-Reset, then retry. */
        TooManyRequests: {
            headers: {
                "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
        /** @description Braze failed to handle the request (500, 502, 503 or 504). Retry with exponential backoff; Braze does not replay calls that failed during an incident. */
        ServerError: {
            headers: {
                "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
        /** @description The translation request was refused: multi-language is not enabled for the workspace or the message, the channel cannot be translated (only email, push and in-app messages can), an ID or locale does not exist, translation IDs are missing, the payload exceeds 20 MB, or the translations contain invalid Liquid. */
        TranslationBadRequest: {
            headers: {
                "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "errors": [
                 *         {
                 *           "message": "The provided locale code does not exist."
                 *         }
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["TranslationErrorResponse"];
            };
        };
        /** @description A workspace limit would be exceeded: records per type, relationships per object, objects per user or users per object (for example `custom-object-record-limit-exceeded` or `data-objects-per-user-limit-exceeded`). */
        ObjectLimitExceeded: {
            headers: {
                "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
        /** @description The object or relationship already exists (a `duplicate-…` error such as `duplicate-custom-object`, `duplicate-object-relationship` or `duplicate-user-relationship`); replace it with PUT instead. */
        ObjectConflict: {
            headers: {
                "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
        /** @description The request is malformed (for example a missing required attribute or an invalid department or permission string). */
        ScimBadRequest: {
            headers: {
                "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "schemas": [
                 *         "urn:ietf:params:scim:api:messages:2.0:Error"
                 *       ],
                 *       "detail": "Invalid request",
                 *       "status": 400
                 *     }
                 */
                "application/json": components["schemas"]["ScimError"];
            };
        };
        /** @description The SCIM token is missing or invalid, or the X-Request-Origin header does not match it. */
        ScimUnauthorized: {
            headers: {
                "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "schemas": [
                 *         "urn:ietf:params:scim:api:messages:2.0:Error"
                 *       ],
                 *       "detail": "Unauthorized",
                 *       "status": 401
                 *     }
                 */
                "application/json": components["schemas"]["ScimError"];
            };
        };
        /** @description The SCIM token may not perform this operation. */
        ScimForbidden: {
            headers: {
                "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "schemas": [
                 *         "urn:ietf:params:scim:api:messages:2.0:Error"
                 *       ],
                 *       "detail": "Forbidden",
                 *       "status": 403
                 *     }
                 */
                "application/json": components["schemas"]["ScimError"];
            };
        };
        /** @description The company's SCIM rate limit (20,000 requests per day) is used up. */
        ScimTooManyRequests: {
            headers: {
                "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "schemas": [
                 *         "urn:ietf:params:scim:api:messages:2.0:Error"
                 *       ],
                 *       "detail": "Too many requests",
                 *       "status": 429
                 *     }
                 */
                "application/json": components["schemas"]["ScimError"];
            };
        };
        /** @description Braze failed to process the request; retry with exponential backoff. */
        ScimServerError: {
            headers: {
                "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "schemas": [
                 *         "urn:ietf:params:scim:api:messages:2.0:Error"
                 *       ],
                 *       "detail": "Internal server error",
                 *       "status": 500
                 *     }
                 */
                "application/json": components["schemas"]["ScimError"];
            };
        };
        /** @description A dashboard user with this userName (email address) already exists. */
        ScimConflict: {
            headers: {
                "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "schemas": [
                 *         "urn:ietf:params:scim:api:messages:2.0:Error"
                 *       ],
                 *       "detail": "User already exists in the database.",
                 *       "status": 409
                 *     }
                 */
                "application/json": components["schemas"]["ScimError"];
            };
        };
        /** @description No dashboard user has this resource ID. */
        ScimNotFound: {
            headers: {
                "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "schemas": [
                 *         "urn:ietf:params:scim:api:messages:2.0:Error"
                 *       ],
                 *       "detail": "User not found",
                 *       "status": 404
                 *     }
                 */
                "application/json": components["schemas"]["ScimError"];
            };
        };
        /** @description The client-side REST API key is missing or invalid (on the Banner sync endpoint, also when it lacks the endpoint's permission). A private REST API key is refused here too. */
        ClientKeyUnauthorized: {
            headers: {
                "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
        /** @description The endpoint is unavailable: Banners (or the Device Messaging API) is not enabled for the workspace, or the URL is wrong. The Banner sync endpoint also answers 404 for a missing or invalid key, without saying which. */
        DeviceMessagingNotFound: {
            headers: {
                "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
        /** @description The workspace reached a Device Messaging API rate limit (these limits are separate from the REST API's). Wait the seconds in X-RateLimit-Retry-After when it is sent, else until X-RateLimit-Reset, and back off. */
        DeviceMessagingTooManyRequests: {
            headers: {
                "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                "X-RateLimit-Retry-After": components["headers"]["X-RateLimit-Retry-After"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
        /** @description The client-side REST API key lacks the Device Messaging permission this endpoint needs. */
        ClientKeyForbidden: {
            headers: {
                "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
    };
    parameters: {
        /** @description The end of the series, as an ISO 8601 date-time. Defaults to the time of the request. */
        EndingAt: components["schemas"]["Iso8601DateTime"];
        /** @description How many units (days or hours) of data to return, ending at `ending_at`. */
        Length: number;
        /** @description The unit of time between data points. Defaults to `day`. */
        Unit: "day" | "hour";
        /** @description Limits the data to one app of the workspace (an app identifier, not a credential). Omit it for the whole workspace. */
        AppId: string;
    };
    requestBodies: never;
    headers: {
        /** @description The number of requests allowed in the current rate-limit window for this endpoint (or its shared group). */
        "X-RateLimit-Limit": number;
        /** @description The number of requests left in the current rate-limit window. */
        "X-RateLimit-Remaining": number;
        /** @description When the current rate-limit window resets, as UTC epoch seconds. HTTP/2 responses send the header name in lowercase. */
        "X-RateLimit-Reset": number;
        /** @description How many seconds to wait before retrying a request that was rate limited (sent instead of the other X-RateLimit headers on a 429). */
        "X-RateLimit-Retry-After": number;
    };
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    appsList: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The workspace's apps. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "apps": [
                     *         {
                     *           "name": "Example Shop iOS",
                     *           "api_key": "3f1a2b4c-5d6e-4f70-8a9b-0c1d2e3f4a5b"
                     *         },
                     *         {
                     *           "name": "Example Shop Android",
                     *           "api_key": "9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d"
                     *         }
                     *       ],
                     *       "message": "success"
                     *     }
                     */
                    "application/json": {
                        /** @description One entry per app of the workspace. */
                        apps: ({
                            /** @description The app's name as shown on the dashboard. */
                            name: string;
                            /** @description The app identifier, passed as `app_id` to other endpoints. */
                            api_key: string;
                        } & {
                            [key: string]: unknown;
                        })[];
                        /** @description `success` when the request was accepted. */
                        message: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    sdkAuthenticationKeysCreate: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "app_id": "01234567-89ab-cdef-0123-456789abcdef",
                 *       "rsa_public_key_str": "-----BEGIN PUBLIC KEY-----\nMIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAvvD+fgA0YuCUd/v35htn...\n-----END PUBLIC KEY-----",
                 *       "description": "SDK Authentication Key for iOS App",
                 *       "make_primary": false
                 *     }
                 */
                "application/json": {
                    /** @description The app API identifier. */
                    app_id: string;
                    /** @description A valid RSA public key, in PEM format. */
                    rsa_public_key_str: string;
                    /** @description A description of the key (must not be empty). */
                    description: string;
                    /**
                     * @description Make the new key the app's primary key.
                     * @default false
                     */
                    make_primary?: boolean;
                };
            };
        };
        responses: {
            /** @description The key was created. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "abcdef12-3456-7890-abcd-ef1234567890"
                     *     }
                     */
                    "application/json": {
                        /** @description The ID of the new key. */
                        id: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    sdkAuthenticationKeysDelete: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "app_id": "01234567-89ab-cdef-0123-456789abcdef",
                 *       "key_id": "fedcba98-7654-3210-fedc-ba9876543210"
                 *     }
                 */
                "application/json": {
                    /** @description The app API identifier. */
                    app_id: string;
                    /** @description The ID of the key to delete (not the primary key). */
                    key_id: string;
                };
            };
        };
        responses: {
            /** @description The key was deleted; the remaining keys are returned. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "keys": [
                     *         {
                     *           "id": "abcdef12-3456-7890-abcd-ef1234567890",
                     *           "rsa_public_key": "-----BEGIN PUBLIC KEY-----\nMIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAvvD+fgA0YuCUd/v35htn...\n-----END PUBLIC KEY-----",
                     *           "description": "SDK Authentication Key for iOS App",
                     *           "is_primary": true
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["SdkAuthKeyList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    sdkAuthenticationKeysList: {
        parameters: {
            query: {
                /**
                 * @description The app API identifier.
                 * @example 01234567-89ab-cdef-0123-456789abcdef
                 */
                app_id: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The app's keys. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "keys": [
                     *         {
                     *           "id": "abcdef12-3456-7890-abcd-ef1234567890",
                     *           "rsa_public_key": "-----BEGIN PUBLIC KEY-----\nMIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAvvD+fgA0YuCUd/v35htn...\n-----END PUBLIC KEY-----",
                     *           "description": "SDK Authentication Key for iOS App",
                     *           "is_primary": true
                     *         },
                     *         {
                     *           "id": "fedcba98-7654-3210-fedc-ba9876543210",
                     *           "rsa_public_key": "-----BEGIN PUBLIC KEY-----\nqWGfHOAiIwVzC/bTxwQZQQVzm/3ktgdNXRUDm5aIwVzCtxbNm5aIxOAiIwVzVHOA...\n-----END PUBLIC KEY-----",
                     *           "description": "SDK Authentication Key for Android App",
                     *           "is_primary": false
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["SdkAuthKeyList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    sdkAuthenticationKeysSetPrimary: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "app_id": "01234567-89ab-cdef-0123-456789abcdef",
                 *       "key_id": "abcdef12-3456-7890-abcd-ef1234567890"
                 *     }
                 */
                "application/json": {
                    /** @description The app API identifier. */
                    app_id: string;
                    /** @description The ID of the key to make primary. */
                    key_id: string;
                };
            };
        };
        responses: {
            /** @description The key is now primary; all keys are returned. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "keys": [
                     *         {
                     *           "id": "abcdef12-3456-7890-abcd-ef1234567890",
                     *           "rsa_public_key": "-----BEGIN PUBLIC KEY-----\nMIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAvvD+fgA0YuCUd/v35htn...\n-----END PUBLIC KEY-----",
                     *           "description": "SDK Authentication Key for iOS App",
                     *           "is_primary": true
                     *         },
                     *         {
                     *           "id": "fedcba98-7654-3210-fedc-ba9876543210",
                     *           "rsa_public_key": "-----BEGIN PUBLIC KEY-----\nqWGfHOAiIwVzC/bTxwQZQQVzm/3ktgdNXRUDm5aIwVzCtxbNm5aIxOAiIwVzVHOA...\n-----END PUBLIC KEY-----",
                     *           "description": "SDK Authentication Key for Android App",
                     *           "is_primary": false
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["SdkAuthKeyList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    appsPushCredentialUpdate: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "app_id": "3f1a2b4c-5d6e-4f70-8a9b-0c1d2e3f4a5b",
                 *       "apple": {
                 *         "certificate": "LS0tLS1CRUdJTiBQUklWQVRFIEtFWS0tLS0t",
                 *         "jwt_key_id": "ABC123DEFG",
                 *         "jwt_team_id": "TEAM123456",
                 *         "jwt_bundle_id": "com.example.shop",
                 *         "apns_gateway": "prod"
                 *       }
                 *     }
                 */
                "application/json": {
                    /** @description The app identifier (the app's API key under Settings > App Settings) of the app to update. */
                    app_id: string;
                    /** @description iOS credentials for the Apple Push Notification service. */
                    apple?: {
                        /** @description The `.p8` authentication key, Base64-encoded. */
                        certificate: string;
                        /** @description The key ID of the `.p8` authentication key. */
                        jwt_key_id: string;
                        /** @description The Apple Developer team ID. */
                        jwt_team_id: string;
                        /** @description The app's bundle ID. */
                        jwt_bundle_id: string;
                        /**
                         * @description The APNs environment to send through.
                         * @enum {string}
                         */
                        apns_gateway: "prod" | "dev";
                    };
                    /** @description Android credentials for Firebase Cloud Messaging. */
                    firebase?: {
                        /** @description The Firebase service account JSON file, Base64-encoded. */
                        credential: string;
                    };
                    /** @description Android credentials for Huawei Mobile Services. */
                    huawei?: {
                        /** @description The Huawei app ID (not the Braze app identifier). */
                        app_id: string;
                        /** @description The Huawei app secret. */
                        app_secret: string;
                    };
                    /** @description Kindle credentials for Amazon Device Messaging. */
                    kindle?: {
                        /** @description The Amazon Device Messaging client ID. */
                        client_id: string;
                        /** @description The Amazon Device Messaging client secret. */
                        client_secret: string;
                    };
                } & (unknown | unknown | unknown | unknown);
            };
        };
        responses: {
            /** @description The credentials were updated. */
            201: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "message": "success"
                     *     }
                     */
                    "application/json": components["schemas"]["SuccessResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    campaignsDataSeries: {
        parameters: {
            query: {
                /**
                 * @description The campaign API identifier (on the API Keys page, the campaign's details page, or from `/campaigns/list`).
                 * @example 9c2fefcd-9115-3932-f771-c7f43d18d6b6
                 */
                campaign_id: string;
                /**
                 * @description How many days before `ending_at` to include, from 1 to 100.
                 * @example 7
                 */
                length: number;
                /** @description The end of the series, as an ISO 8601 date-time. Defaults to the time of the request. */
                ending_at?: components["parameters"]["EndingAt"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The daily statistics. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "message": "success",
                     *       "data": [
                     *         {
                     *           "time": "2020-06-28",
                     *           "unique_recipients": 1200,
                     *           "conversions": 35,
                     *           "conversions_by_send_time": 30,
                     *           "revenue": 420.5,
                     *           "messages": {
                     *             "ios_push": [
                     *               {
                     *                 "variation_api_id": "0a1b2c3d-ios",
                     *                 "sent": 800,
                     *                 "direct_opens": 120,
                     *                 "total_opens": 190,
                     *                 "bounces": 4,
                     *                 "body_clicks": 95
                     *               }
                     *             ],
                     *             "email": [
                     *               {
                     *                 "variation_api_id": "0a1b2c3d-email",
                     *                 "sent": 400,
                     *                 "opens": 210,
                     *                 "unique_opens": 180,
                     *                 "clicks": 60,
                     *                 "unique_clicks": 52,
                     *                 "unsubscribes": 2,
                     *                 "bounces": 3,
                     *                 "delivered": 397,
                     *                 "reported_spam": 0
                     *               }
                     *             ]
                     *           }
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["CampaignDataSeriesResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    campaignsDetails: {
        parameters: {
            query: {
                /**
                 * @description The campaign API identifier.
                 * @example 9c2fefcd-9115-3932-f771-c7f43d18d6b6
                 */
                campaign_id: string;
                /** @description For a campaign with a post-launch draft, return the draft's version. */
                post_launch_draft_version?: boolean;
                /** @description Add a `has_translatable_content` flag to every message in the response. */
                include_has_translatable_content?: boolean;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The campaign's details. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "message": "success",
                     *       "created_at": "2023-01-01T12:00:00Z",
                     *       "updated_at": "2023-01-10T12:00:00Z",
                     *       "archived": false,
                     *       "draft": false,
                     *       "enabled": true,
                     *       "has_post_launch_draft": false,
                     *       "name": "Welcome campaign",
                     *       "description": "Greets new users",
                     *       "schedule_type": "api_triggered",
                     *       "channels": [
                     *         "email",
                     *         "android_push"
                     *       ],
                     *       "first_sent": "2023-01-02T10:00:00Z",
                     *       "last_sent": "2023-01-10T10:00:00Z",
                     *       "tags": [
                     *         "onboarding"
                     *       ],
                     *       "teams": [
                     *         "Marketing"
                     *       ],
                     *       "messages": {
                     *         "d3a0bd74-3e3c-4e5d-a5f8-aa4b0b2e1a11": {
                     *           "channel": "email",
                     *           "name": "Variation 1",
                     *           "subject": "Welcome!",
                     *           "body": "<html><body>Welcome aboard</body></html>",
                     *           "from": "Company <hello@example.com>",
                     *           "preheader": "Glad you are here",
                     *           "should_inline_css": true,
                     *           "extras": []
                     *         },
                     *         "5b9b2b3c-1f0a-4f84-b56b-0c8e7c5f1d22": {
                     *           "channel": "android_push",
                     *           "name": "Variation 2",
                     *           "alert": "Welcome aboard",
                     *           "title": "Hello!",
                     *           "extras": {
                     *             "deep_link": "app://home"
                     *           }
                     *         },
                     *         "6c1d2e3f-4a5b-4c6d-8e7f-9a0b1c2d3e44": {
                     *           "channel": "android_push",
                     *           "type": "control"
                     *         }
                     *       },
                     *       "conversion_behaviors": [
                     *         {
                     *           "type": "Performs Custom Event",
                     *           "window": 86400,
                     *           "custom_event_name": "completed_profile"
                     *         },
                     *         {
                     *           "type": "Starts Session",
                     *           "window": 259200,
                     *           "app_ids": null
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["CampaignDetailsResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    campaignsDuplicate: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "campaign_id": "9c2fefcd-9115-3932-f771-c7f43d18d6b6",
                 *       "name": "Welcome campaign (copy)",
                 *       "description": "Copy for the spring test",
                 *       "tag_names": [
                 *         "onboarding",
                 *         "spring"
                 *       ]
                 *     }
                 */
                "application/json": {
                    /** @description The API identifier of the campaign to copy. */
                    campaign_id: string;
                    /** @description The name of the new campaign. */
                    name: string;
                    /** @description The description of the new campaign. */
                    description?: string;
                    /** @description Existing tags for the new campaign. Giving tags replaces the tags copied from the original campaign. */
                    tag_names?: string | string[];
                };
            };
        };
        responses: {
            /** @description The duplication was accepted and runs asynchronously. */
            202: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "message": "success"
                     *     }
                     */
                    "application/json": components["schemas"]["SuccessResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    campaignsList: {
        parameters: {
            query?: {
                /** @description The page to return, starting at 0 (100 campaigns per page). */
                page?: number;
                /** @description Include archived campaigns. */
                include_archived?: boolean;
                /** @description `asc` lists oldest first (the default), `desc` newest first, by creation time. */
                sort_direction?: "asc" | "desc";
                /**
                 * @description Only campaigns edited after this time, as `yyyy-MM-DDTHH:mm:ss`.
                 * @example 2020-06-28T23:59:59
                 */
                "last_edit.time[gt]"?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of campaigns. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "message": "success",
                     *       "campaigns": [
                     *         {
                     *           "id": "9c2fefcd-9115-3932-f771-c7f43d18d6b6",
                     *           "last_edited": "2023-01-10T12:00:00Z",
                     *           "name": "Welcome campaign",
                     *           "is_api_campaign": true,
                     *           "tags": [
                     *             "onboarding"
                     *           ]
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["CampaignListResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    campaignsTranslationsGet: {
        parameters: {
            query: {
                /**
                 * @description The ID of the campaign.
                 * @example e24404b3-3626-4de0-bdec-06935f3aa0ab
                 */
                campaign_id: string;
                /**
                 * @description The ID of the message variation.
                 * @example f14404b3-3626-4de0-bdec-06935f3aa0ad
                 */
                message_variation_id: string;
                /**
                 * @description The ID (UUID) of a locale: returns only that locale's translation. Omit it for all locales.
                 * @example c7c12345-te35-1234-5678-abcdefa99r3f
                 */
                locale_id?: string;
                /**
                 * @description When `true`, read the latest draft instead of the latest published (live) version.
                 * @example false
                 */
                post_launch_draft_version?: boolean;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The translations, one entry per locale. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "translations": [
                     *         {
                     *           "translation_map": {
                     *             "id_0": "¡Hola!",
                     *             "id_1": "Me llamo Jacky",
                     *             "id_2": "¿Dónde está la biblioteca?"
                     *           },
                     *           "locale": {
                     *             "uuid": "c7c12345-te35-1234-5678-abcdefa99r3f",
                     *             "name": "es-MX",
                     *             "country": "MX",
                     *             "language": "es",
                     *             "locale_key": "es-mx"
                     *           }
                     *         },
                     *         {
                     *           "translation_map": {
                     *             "id_0": "你好",
                     *             "id_1": "我的名字是 Jacky",
                     *             "id_2": "圖書館在哪裡?"
                     *           },
                     *           "locale": {
                     *             "uuid": "a1b12345-cd35-1234-5678-abcdefa99r3f",
                     *             "name": "zh-HK",
                     *             "country": "HK",
                     *             "language": "zh",
                     *             "locale_key": "zh-hk"
                     *           }
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["TranslationListResponse"];
                };
            };
            400: components["responses"]["TranslationBadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    campaignsTranslationsUpdate: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "campaign_id": "e24404b3-3626-4de0-bdec-06935f3aa0ab",
                 *       "message_variation_id": "f14404b3-3626-4de0-bdec-06935f3aa0ad",
                 *       "locale_id": "h94404b3-3626-4de0-bdec-06935f3aa0ad",
                 *       "translation_map": {
                 *         "id_3": "Ein Absatz ohne Formatierung"
                 *       }
                 *     }
                 */
                "application/json": {
                    /** @description The ID of the campaign. */
                    campaign_id: string;
                    /** @description The ID of the message variation. */
                    message_variation_id: string;
                    /** @description The ID (UUID) of the locale to update. */
                    locale_id: string;
                    translation_map: components["schemas"]["TranslationMap"];
                };
            };
        };
        responses: {
            /** @description The translations were saved. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "message": "success"
                     *     }
                     */
                    "application/json": components["schemas"]["SuccessResponse"];
                };
            };
            400: components["responses"]["TranslationBadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    campaignsTranslationsSource: {
        parameters: {
            query: {
                /**
                 * @description The ID of the campaign.
                 * @example e24404b3-3626-4de0-bdec-06935f3aa0ab
                 */
                campaign_id: string;
                /**
                 * @description The ID of the message variation.
                 * @example f14404b3-3626-4de0-bdec-06935f3aa0ad
                 */
                message_variation_id: string;
                /**
                 * @description A locale ID (UUID) to filter the response.
                 * @example c7c12345-te35-1234-5678-abcdefa99r3f
                 */
                locale_id?: string;
                /**
                 * @description When `true`, read the latest draft instead of the latest published (live) version.
                 * @example false
                 */
                post_launch_draft_version?: boolean;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The source values of the translation tags. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "translations": {
                     *         "translation_map": {
                     *           "id_0": "Here's a Million Dollars",
                     *           "id_1": "Hello World!"
                     *         }
                     *       },
                     *       "message": "success"
                     *     }
                     */
                    "application/json": components["schemas"]["TranslationSourceResponse"];
                };
            };
            400: components["responses"]["TranslationBadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    campaignsTriggerScheduleCreate: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "campaign_id": "campaign_identifier",
                 *       "send_id": "send_identifier",
                 *       "recipients": [
                 *         {
                 *           "external_user_id": "external_user_identifier",
                 *           "trigger_properties": {
                 *             "coupon_code": "SUMMER20"
                 *           }
                 *         }
                 *       ],
                 *       "trigger_properties": {
                 *         "product_name": "shoes"
                 *       },
                 *       "schedule": {
                 *         "time": "2025-06-01T09:00:00",
                 *         "in_local_time": true
                 *       }
                 *     }
                 */
                "application/json": {
                    /** @description The API identifier of the API-triggered campaign. */
                    campaign_id: string;
                    /** @description A send identifier for tracking this send. */
                    send_id?: string;
                    /** @description The users to message (up to 50); only those in the campaign's segment receive it. */
                    recipients?: components["schemas"]["Recipient"][];
                    /** @description A connected audience: only users matching these filters receive the message. */
                    audience?: components["schemas"]["ConnectedAudience"];
                    /**
                     * @description Must be `true` to send to the campaign's entire segment when `recipients` is omitted.
                     * @default false
                     */
                    broadcast?: boolean;
                    /** @description Personalization key-value pairs for every user of the request (`api_trigger_properties`); at most 50 KB. */
                    trigger_properties?: components["schemas"]["TriggerProperties"];
                    /** @description When to send. */
                    schedule: components["schemas"]["Schedule"];
                };
            };
        };
        responses: {
            /** @description The campaign send was scheduled. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "dispatch_id": "dispatch_identifier",
                     *       "schedule_id": "schedule_identifier",
                     *       "message": "success"
                     *     }
                     */
                    "application/json": components["schemas"]["ScheduleCreateResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    campaignsTriggerScheduleDelete: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "campaign_id": "campaign_identifier",
                 *       "schedule_id": "schedule_identifier"
                 *     }
                 */
                "application/json": {
                    /** @description The API identifier of the campaign. */
                    campaign_id: string;
                    /** @description The `schedule_id` of the send to cancel. */
                    schedule_id: string;
                };
            };
        };
        responses: {
            /** @description The scheduled send was cancelled. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "message": "success"
                     *     }
                     */
                    "application/json": components["schemas"]["SuccessResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    campaignsTriggerScheduleUpdate: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "campaign_id": "campaign_identifier",
                 *       "schedule_id": "schedule_identifier",
                 *       "schedule": {
                 *         "time": "2017-05-24T21:30:00Z",
                 *         "in_local_time": true
                 *       }
                 *     }
                 */
                "application/json": {
                    /** @description The API identifier of the campaign. */
                    campaign_id: string;
                    /** @description The `schedule_id` returned when the send was scheduled. */
                    schedule_id: string;
                    /** @description When to send. */
                    schedule: components["schemas"]["Schedule"];
                };
            };
        };
        responses: {
            /** @description The schedule was updated. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "message": "success"
                     *     }
                     */
                    "application/json": components["schemas"]["SuccessResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    campaignsTriggerSend: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "campaign_id": "campaign_identifier",
                 *       "send_id": "send_identifier",
                 *       "trigger_properties": {
                 *         "product_name": "shoes",
                 *         "product_price": 79.99
                 *       },
                 *       "broadcast": false,
                 *       "recipients": [
                 *         {
                 *           "external_user_id": "user_1",
                 *           "trigger_properties": {
                 *             "first_product": "sneakers"
                 *           },
                 *           "send_to_existing_only": false,
                 *           "attributes": {
                 *             "first_name": "Alex"
                 *           }
                 *         },
                 *         {
                 *           "user_alias": {
                 *             "alias_name": "example_name",
                 *             "alias_label": "example_label"
                 *           }
                 *         },
                 *         {
                 *           "email": "alex@example.com",
                 *           "prioritization": [
                 *             "unidentified",
                 *             "most_recently_updated"
                 *           ]
                 *         }
                 *       ],
                 *       "attachments": [
                 *         {
                 *           "file_name": "YourFileName",
                 *           "url": "https://exampleurl.com/YourFileName.pdf"
                 *         }
                 *       ]
                 *     }
                 */
                "application/json": {
                    /** @description The API identifier of the API-triggered campaign. */
                    campaign_id: string;
                    /** @description A send identifier for tracking this send. */
                    send_id?: string;
                    /** @description Personalization key-value pairs for every user of the request (`api_trigger_properties`); at most 50 KB. */
                    trigger_properties?: components["schemas"]["TriggerProperties"];
                    /**
                     * @description Must be `true` to send to the campaign's entire segment when `recipients` is omitted; cannot be combined with `recipients` or `attachments`.
                     * @default false
                     */
                    broadcast?: boolean;
                    /** @description A connected audience: only users matching these filters receive the message. */
                    audience?: components["schemas"]["ConnectedAudience"];
                    /** @description The users to message (up to 50). Users are deduplicated. */
                    recipients?: components["schemas"]["Recipient"][];
                    /** @description Files attached to the campaign's email (not allowed with `broadcast`). */
                    attachments?: components["schemas"]["EmailObjectAttachment"][];
                };
            };
        };
        responses: {
            /** @description The send was accepted; one dispatch ID covers all users of the request. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "dispatch_id": "66cd5b4d2e05f1ef6ed3fa92b59a30ae",
                     *       "message": "success"
                     *     }
                     */
                    "application/json": components["schemas"]["SendResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    campaignsUrlInfoDetails: {
        parameters: {
            query: {
                /**
                 * @description The API identifier of the campaign.
                 * @example 4615a404-b2c2-421e-9a04-2233bb3ec4f9
                 */
                campaign_id: string;
                /**
                 * @description The API identifier of the message variation (on the campaign's details page, under API Identifier).
                 * @example 0ea708fe-36b4-43f7-9f5c-a0650ea2a7a0
                 */
                message_variation_id: string;
                /**
                 * @description A link identifier assigned by Braze; only that link is returned.
                 * @example 014tk4e0kg97
                 */
                includes_link_id?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The message variation's links and their aliases. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "channel": "email",
                     *       "name": "Variant 1",
                     *       "link_data": [
                     *         {
                     *           "link_URL": "https://www.example.com/spring-sale?lid=014tk4e0kg97",
                     *           "link_id": "014tk4e0kg97",
                     *           "content_block_path_info": [],
                     *           "link_alias": "spring_sale_button"
                     *         }
                     *       ],
                     *       "message": "success"
                     *     }
                     */
                    "application/json": components["schemas"]["LinkAliasDetails"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    canvasDataSeries: {
        parameters: {
            query: {
                /**
                 * @description The Canvas API identifier.
                 * @example 0a1b2c3d-4e5f-6a7b-8c9d-0e1f2a3b4c5d
                 */
                canvas_id: string;
                /**
                 * @description The end of the export, as an ISO 8601 date-time.
                 * @example 2018-05-30T23:59:59-05:00
                 */
                ending_at: components["schemas"]["Iso8601DateTime"];
                /**
                 * @description The start of the export, as an ISO 8601 date-time. Either `starting_at` or `length` is required.
                 * @example 2018-05-28T23:59:59-05:00
                 */
                starting_at?: components["schemas"]["Iso8601DateTime"];
                /**
                 * @description How many days before `ending_at` to include, from 1 to 14. Either `length` or `starting_at` is required.
                 * @example 5
                 */
                length?: number;
                /** @description Include statistics per variant. */
                include_variant_breakdown?: boolean;
                /** @description Include statistics per step. */
                include_step_breakdown?: boolean;
                /** @description Include statistics of deleted steps. */
                include_deleted_step_data?: boolean;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The daily statistics. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "data": {
                     *         "name": "Onboarding journey",
                     *         "stats": [
                     *           {
                     *             "time": "2018-05-28",
                     *             "total_stats": {
                     *               "revenue": 120.5,
                     *               "conversions": 14,
                     *               "conversions_by_entry_time": 12,
                     *               "entries": 230
                     *             },
                     *             "variant_stats": {
                     *               "4f5a6b7c-8d9e-4f0a-9b1c-2d3e4f5a6b7c": {
                     *                 "name": "Variant 1",
                     *                 "revenue": 120.5,
                     *                 "conversions": 14,
                     *                 "conversions_by_entry_time": 12,
                     *                 "entries": 230
                     *               }
                     *             },
                     *             "step_stats": {
                     *               "8a9b0c1d-2e3f-4a5b-8c6d-7e8f9a0b1c2d": {
                     *                 "name": "Welcome email",
                     *                 "revenue": 80,
                     *                 "conversions": 9,
                     *                 "conversions_by_entry_time": 8,
                     *                 "messages": {
                     *                   "email": [
                     *                     {
                     *                       "sent": 225,
                     *                       "opens": 140,
                     *                       "unique_opens": 120,
                     *                       "clicks": 35
                     *                     }
                     *                   ],
                     *                   "sms": [
                     *                     {
                     *                       "sent": 50,
                     *                       "sent_to_carrier": 50,
                     *                       "delivered": 48,
                     *                       "rejected": 1,
                     *                       "delivery_failed": 1,
                     *                       "clicks": 6,
                     *                       "opt_out": 0,
                     *                       "help": 0
                     *                     }
                     *                   ]
                     *                 }
                     *               }
                     *             }
                     *           }
                     *         ]
                     *       },
                     *       "message": "success"
                     *     }
                     */
                    "application/json": components["schemas"]["CanvasDataSeriesResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    canvasDataSummary: {
        parameters: {
            query: {
                /**
                 * @description The Canvas API identifier.
                 * @example 0a1b2c3d-4e5f-6a7b-8c9d-0e1f2a3b4c5d
                 */
                canvas_id: string;
                /**
                 * @description The end of the export, as an ISO 8601 date-time.
                 * @example 2018-05-30T23:59:59-05:00
                 */
                ending_at: components["schemas"]["Iso8601DateTime"];
                /**
                 * @description The start of the export, as an ISO 8601 date-time. Either `starting_at` or `length` is required.
                 * @example 2018-05-28T23:59:59-05:00
                 */
                starting_at?: components["schemas"]["Iso8601DateTime"];
                /**
                 * @description How many days before `ending_at` to include, from 1 to 14. Either `length` or `starting_at` is required.
                 * @example 5
                 */
                length?: number;
                /** @description Include statistics per variant. */
                include_variant_breakdown?: boolean;
                /** @description Include statistics per step. */
                include_step_breakdown?: boolean;
                /** @description Include statistics of deleted steps. */
                include_deleted_step_data?: boolean;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The summary statistics. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "data": {
                     *         "name": "Onboarding journey",
                     *         "total_stats": {
                     *           "revenue": 520.25,
                     *           "conversions": 61,
                     *           "conversions_by_entry_time": 55,
                     *           "entries": 1040
                     *         },
                     *         "variant_stats": {
                     *           "4f5a6b7c-8d9e-4f0a-9b1c-2d3e4f5a6b7c": {
                     *             "name": "Variant 1",
                     *             "revenue": 520.25,
                     *             "conversions": 61,
                     *             "entries": 1040
                     *           }
                     *         },
                     *         "step_stats": {
                     *           "8a9b0c1d-2e3f-4a5b-8c6d-7e8f9a0b1c2d": {
                     *             "name": "Welcome push",
                     *             "revenue": 300,
                     *             "conversions": 40,
                     *             "conversions_by_entry_time": 36,
                     *             "messages": {
                     *               "android_push": [
                     *                 {
                     *                   "sent": 900,
                     *                   "opens": 210,
                     *                   "influenced_opens": 260,
                     *                   "bounces": 5
                     *                 }
                     *               ]
                     *             }
                     *           }
                     *         }
                     *       },
                     *       "message": "success"
                     *     }
                     */
                    "application/json": components["schemas"]["CanvasDataSummaryResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    canvasDetails: {
        parameters: {
            query: {
                /**
                 * @description The Canvas API identifier.
                 * @example 0a1b2c3d-4e5f-6a7b-8c9d-0e1f2a3b4c5d
                 */
                canvas_id: string;
                /** @description For a Canvas with a post-launch draft, return the draft's version. */
                post_launch_draft_version?: boolean;
                /** @description Add a `has_translatable_content` flag to every step message in the response. */
                include_has_translatable_content?: boolean;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The Canvas's details. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "message": "success",
                     *       "created_at": "2023-01-01T12:00:00Z",
                     *       "updated_at": "2023-01-10T12:00:00Z",
                     *       "name": "Multi-Channel Engagement",
                     *       "description": "Complete profile reminder via multiple channels",
                     *       "archived": false,
                     *       "draft": false,
                     *       "enabled": true,
                     *       "has_post_launch_draft": true,
                     *       "schedule_type": "date",
                     *       "first_entry": "2023-01-01T12:00:00Z",
                     *       "last_entry": "2023-01-10T12:00:00Z",
                     *       "channels": [
                     *         "email",
                     *         "sms"
                     *       ],
                     *       "variants": [
                     *         {
                     *           "name": "Variant 1",
                     *           "id": "variant_1_id",
                     *           "first_step_ids": [
                     *             "step_1"
                     *           ]
                     *         }
                     *       ],
                     *       "tags": [
                     *         "engagement"
                     *       ],
                     *       "teams": [
                     *         "Marketing Team"
                     *       ],
                     *       "steps": [
                     *         {
                     *           "name": "Welcome Email",
                     *           "type": "email",
                     *           "id": "step_1",
                     *           "next_step_ids": [
                     *             "step_2"
                     *           ],
                     *           "next_paths": [
                     *             {
                     *               "name": null,
                     *               "next_step_id": "step_2"
                     *             }
                     *           ],
                     *           "channels": [
                     *             "email"
                     *           ],
                     *           "messages": {
                     *             "message_1": {
                     *               "channel": "email",
                     *               "subject": "Welcome!",
                     *               "body": "<html><body>Welcome!</body></html>"
                     *             }
                     *           }
                     *         },
                     *         {
                     *           "name": "Reminder SMS",
                     *           "type": "sms",
                     *           "id": "step_2",
                     *           "next_step_ids": [],
                     *           "next_paths": [],
                     *           "channels": [
                     *             "sms"
                     *           ],
                     *           "messages": {
                     *             "message_2": {
                     *               "channel": "sms",
                     *               "body": "Remember to complete your profile!"
                     *             }
                     *           }
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["CanvasDetailsResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    canvasDuplicate: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "canvas_id": "0a1b2c3d-4e5f-6a7b-8c9d-0e1f2a3b4c5d",
                 *       "name": "Onboarding journey (copy)",
                 *       "description": "Copy for the spring test",
                 *       "tag_names": [
                 *         "onboarding"
                 *       ]
                 *     }
                 */
                "application/json": {
                    /** @description The API identifier of the Canvas to copy. */
                    canvas_id: string;
                    /** @description The name of the new Canvas. */
                    name: string;
                    /** @description The description of the new Canvas. */
                    description?: string;
                    /** @description Existing tags for the new Canvas. Giving tags replaces the tags copied from the original Canvas. */
                    tag_names?: string | string[];
                };
            };
        };
        responses: {
            /** @description The duplication was accepted and runs asynchronously. */
            202: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "message": "success"
                     *     }
                     */
                    "application/json": components["schemas"]["SuccessResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    canvasList: {
        parameters: {
            query?: {
                /** @description The page to return, starting at 0 (100 Canvases per page). */
                page?: number;
                /** @description Include archived Canvases. */
                include_archived?: boolean;
                /** @description `asc` lists oldest first (the default), `desc` newest first, by creation time. */
                sort_direction?: "asc" | "desc";
                /**
                 * @description Only Canvases edited after this time, as `yyyy-MM-DDTHH:mm:ss`.
                 * @example 2020-06-28T23:59:59
                 */
                "last_edit.time[gt]"?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of Canvases. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "canvases": [
                     *         {
                     *           "id": "0a1b2c3d-4e5f-6a7b-8c9d-0e1f2a3b4c5d",
                     *           "last_edited": "2023-01-10T12:00:00Z",
                     *           "name": "Onboarding journey",
                     *           "tags": [
                     *             "onboarding"
                     *           ]
                     *         }
                     *       ],
                     *       "message": "success"
                     *     }
                     */
                    "application/json": components["schemas"]["CanvasListResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    canvasTranslationsGet: {
        parameters: {
            query: {
                /**
                 * @description The ID of the Canvas.
                 * @example a74404b3-3626-4de0-bdec-06935f3aa0ad
                 */
                workflow_id: string;
                /**
                 * @description The ID of the Canvas step.
                 * @example a74404b3-3626-4de0-bdec-06935f3aa0ac
                 */
                step_id: string;
                /**
                 * @description The ID of the message variation.
                 * @example f14404b3-3626-4de0-bdec-06935f3aa0ad
                 */
                message_variation_id: string;
                /**
                 * @description The ID (UUID) of a locale: returns only that locale's translation. Omit it for all locales.
                 * @example c7c12345-te35-1234-5678-abcdefa99r3f
                 */
                locale_id?: string;
                /**
                 * @description When `true`, read the latest draft instead of the latest published (live) version.
                 * @example false
                 */
                post_launch_draft_version?: boolean;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The translations, one entry per locale. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "translations": [
                     *         {
                     *           "translation_map": {
                     *             "id_0": "¡Hola!",
                     *             "id_1": "Me llamo Jacky",
                     *             "id_2": "¿Dónde está la biblioteca?"
                     *           },
                     *           "locale": {
                     *             "uuid": "c7c12345-te35-1234-5678-abcdefa99r3f",
                     *             "name": "es-MX",
                     *             "country": "MX",
                     *             "language": "es",
                     *             "locale_key": "es-mx"
                     *           }
                     *         },
                     *         {
                     *           "translation_map": {
                     *             "id_0": "你好",
                     *             "id_1": "我的名字是 Jacky",
                     *             "id_2": "圖書館在哪裡?"
                     *           },
                     *           "locale": {
                     *             "uuid": "a1b12345-cd35-1234-5678-abcdefa99r3f",
                     *             "name": "zh-HK",
                     *             "country": "HK",
                     *             "language": "zh",
                     *             "locale_key": "zh-hk"
                     *           }
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["TranslationListResponse"];
                };
            };
            400: components["responses"]["TranslationBadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    canvasTranslationsUpdate: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "workflow_id": "a74404b3-3626-4de0-bdec-06935f3aa0ad",
                 *       "step_id": "a74404b3-3626-4de0-bdec-06935f3aa0ac",
                 *       "message_variation_id": "f14404b3-3626-4de0-bdec-06935f3aa0ad",
                 *       "locale_id": "h94404b3-3626-4de0-bdec-06935f3aa0ad",
                 *       "translation_map": {
                 *         "id_3": "Ein Absatz ohne Formatierung"
                 *       }
                 *     }
                 */
                "application/json": {
                    /** @description The ID of the Canvas. */
                    workflow_id: string;
                    /** @description The ID of the Canvas step. */
                    step_id: string;
                    /** @description The ID of the message variation. */
                    message_variation_id: string;
                    /** @description The ID (UUID) of the locale to update. */
                    locale_id: string;
                    translation_map: components["schemas"]["TranslationMap"];
                };
            };
        };
        responses: {
            /** @description The translations were saved. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "message": "success"
                     *     }
                     */
                    "application/json": components["schemas"]["SuccessResponse"];
                };
            };
            400: components["responses"]["TranslationBadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    canvasTranslationsSource: {
        parameters: {
            query: {
                /**
                 * @description The ID of the Canvas.
                 * @example a74404b3-3626-4de0-bdec-06935f3aa0ad
                 */
                workflow_id: string;
                /**
                 * @description The ID of the Canvas step.
                 * @example a74404b3-3626-4de0-bdec-06935f3aa0ac
                 */
                step_id: string;
                /**
                 * @description The ID of the message variation.
                 * @example f14404b3-3626-4de0-bdec-06935f3aa0ad
                 */
                message_variation_id: string;
                /**
                 * @description A locale ID (UUID) to filter the response.
                 * @example c7c12345-te35-1234-5678-abcdefa99r3f
                 */
                locale_id?: string;
                /**
                 * @description When `true`, read the latest draft instead of the latest published (live) version.
                 * @example false
                 */
                post_launch_draft_version?: boolean;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The source values of the translation tags. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "translations": {
                     *         "translation_map": {
                     *           "id_0": "Here's a Million Dollars",
                     *           "id_1": "Hello World!"
                     *         }
                     *       },
                     *       "message": "success"
                     *     }
                     */
                    "application/json": components["schemas"]["TranslationSourceResponse"];
                };
            };
            400: components["responses"]["TranslationBadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    canvasTriggerScheduleCreate: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "canvas_id": "canvas_identifier",
                 *       "recipients": [
                 *         {
                 *           "external_user_id": "external_user_identifier",
                 *           "canvas_entry_properties": {
                 *             "coupon_code": "SUMMER20"
                 *           }
                 *         }
                 *       ],
                 *       "broadcast": false,
                 *       "canvas_entry_properties": {
                 *         "product_name": "shoes"
                 *       },
                 *       "schedule": {
                 *         "time": "2025-06-01T09:00:00",
                 *         "at_optimal_time": true
                 *       }
                 *     }
                 */
                "application/json": {
                    /** @description The API identifier of the Canvas. */
                    canvas_id: string;
                    /** @description The users to enter (up to 50); only those in the Canvas's segment enter. */
                    recipients?: components["schemas"]["Recipient"][];
                    /** @description A connected audience: only users matching these filters receive the message. */
                    audience?: components["schemas"]["ConnectedAudience"];
                    /**
                     * @description Must be `true` to send to the Canvas's entire segment when `recipients` is omitted.
                     * @default false
                     */
                    broadcast?: boolean;
                    /** @description Canvas entry properties for every user of the request; at most 50 KB. */
                    canvas_entry_properties?: components["schemas"]["CanvasEntryProperties"];
                    /** @description Canvas context (entry properties) for every user of the request, available as `context`; at most 50 KB. */
                    context?: components["schemas"]["CanvasContext"];
                    /** @description When to send. */
                    schedule: components["schemas"]["Schedule"];
                };
            };
        };
        responses: {
            /** @description The Canvas entry was scheduled. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "dispatch_id": "dispatch_identifier",
                     *       "schedule_id": "schedule_identifier",
                     *       "message": "success"
                     *     }
                     */
                    "application/json": components["schemas"]["ScheduleCreateResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    canvasTriggerScheduleDelete: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "canvas_id": "canvas_identifier",
                 *       "schedule_id": "schedule_identifier"
                 *     }
                 */
                "application/json": {
                    /** @description The API identifier of the Canvas. */
                    canvas_id: string;
                    /** @description The `schedule_id` of the entry to cancel. */
                    schedule_id: string;
                };
            };
        };
        responses: {
            /** @description The scheduled entry was cancelled. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "message": "success"
                     *     }
                     */
                    "application/json": components["schemas"]["SuccessResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    canvasTriggerScheduleUpdate: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "canvas_id": "canvas_identifier",
                 *       "schedule_id": "schedule_identifier",
                 *       "schedule": {
                 *         "time": "2017-05-24T21:30:00Z",
                 *         "in_local_time": true
                 *       }
                 *     }
                 */
                "application/json": {
                    /** @description The API identifier of the Canvas. */
                    canvas_id: string;
                    /** @description The `schedule_id` returned when the entry was scheduled. */
                    schedule_id: string;
                    /** @description When to send. */
                    schedule: components["schemas"]["Schedule"];
                };
            };
        };
        responses: {
            /** @description The schedule was updated. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "message": "success"
                     *     }
                     */
                    "application/json": components["schemas"]["SuccessResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    canvasTriggerSend: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "canvas_id": "canvas_identifier",
                 *       "context": {
                 *         "product_name": "shoes",
                 *         "product_price": 79.99
                 *       },
                 *       "broadcast": false,
                 *       "recipients": [
                 *         {
                 *           "external_user_id": "user_identifier",
                 *           "context": {
                 *             "size": 10
                 *           },
                 *           "send_to_existing_only": true,
                 *           "attributes": {
                 *             "first_name": "Alex"
                 *           }
                 *         }
                 *       ]
                 *     }
                 */
                "application/json": {
                    /** @description The API identifier of the Canvas. */
                    canvas_id: string;
                    /** @description Canvas context (entry properties) for every user of the request, available as `context`; at most 50 KB. */
                    context?: components["schemas"]["CanvasContext"];
                    /** @description Canvas entry properties for every user of the request; at most 50 KB. */
                    canvas_entry_properties?: components["schemas"]["CanvasEntryProperties"];
                    /**
                     * @description Must be `true` to send to the Canvas's entire segment when `recipients` is omitted; cannot be combined with `recipients`.
                     * @default false
                     */
                    broadcast?: boolean;
                    /** @description A connected audience: only users matching these filters receive the message. */
                    audience?: components["schemas"]["ConnectedAudience"];
                    /** @description The users to enter (up to 50). Users are deduplicated. */
                    recipients?: components["schemas"]["Recipient"][];
                };
            };
        };
        responses: {
            /** @description The trigger was accepted. */
            201: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "notice": "The Canvas is paused. Resume the Canvas to ensure trigger requests will take effect.",
                     *       "dispatch_id": "example_dispatch_id",
                     *       "message": "success"
                     *     }
                     */
                    "application/json": components["schemas"]["SendResponse"] & {
                        /** @description Present when the Canvas is archived or paused, in which case the trigger has no effect. */
                        notice?: string;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    canvasUrlInfoDetails: {
        parameters: {
            query: {
                /**
                 * @description The API identifier of the Canvas step.
                 * @example 8d2c4f10-6b7a-4c1e-9f3d-2a5b6c7d8e9f
                 */
                canvas_step_id: string;
                /**
                 * @description The API identifier of the email message variation in that step (shown by Analyze Variants on the Canvas details page).
                 * @example 0ea708fe-36b4-43f7-9f5c-a0650ea2a7a0
                 */
                message_variation_id: string;
                /**
                 * @description A link identifier assigned by Braze; only that link is returned.
                 * @example 014tk4e0kg97
                 */
                includes_link_id?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The message variation's links and their aliases. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "channel": "email",
                     *       "name": "Reminder email",
                     *       "link_data": [
                     *         {
                     *           "link_URL": "https://www.example.com/cart?lid=2rk8b1x0pq55",
                     *           "link_id": "2rk8b1x0pq55",
                     *           "content_block_path_info": [],
                     *           "link_alias": "cart_link"
                     *         }
                     *       ],
                     *       "message": "success"
                     *     }
                     */
                    "application/json": components["schemas"]["LinkAliasDetails"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    catalogsList: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The catalogs of the workspace. */
            200: {
                headers: {
                    /** @description Links to the previous and next pages (`<url>; rel="prev"`, `<url>; rel="next"`). Absent when everything fits in one page; `prev` is absent on the first page and `next` on the last. */
                    Link?: string;
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "catalogs": [
                     *         {
                     *           "description": "My Restaurants",
                     *           "fields": [
                     *             {
                     *               "name": "id",
                     *               "type": "string"
                     *             },
                     *             {
                     *               "name": "Name",
                     *               "type": "string"
                     *             },
                     *             {
                     *               "name": "City",
                     *               "type": "string"
                     *             },
                     *             {
                     *               "name": "Cuisine",
                     *               "type": "string"
                     *             },
                     *             {
                     *               "name": "Rating",
                     *               "type": "number"
                     *             },
                     *             {
                     *               "name": "Loyalty_Program",
                     *               "type": "boolean"
                     *             },
                     *             {
                     *               "name": "Created_At",
                     *               "type": "time"
                     *             }
                     *           ],
                     *           "name": "restaurants",
                     *           "num_items": 10,
                     *           "updated_at": "2022-11-02T20:04:06.879+00:00"
                     *         },
                     *         {
                     *           "description": "My Catalog",
                     *           "fields": [
                     *             {
                     *               "name": "id",
                     *               "type": "string"
                     *             },
                     *             {
                     *               "name": "string_field",
                     *               "type": "string"
                     *             },
                     *             {
                     *               "name": "number_field",
                     *               "type": "number"
                     *             },
                     *             {
                     *               "name": "boolean_field",
                     *               "type": "boolean"
                     *             },
                     *             {
                     *               "name": "time_field",
                     *               "type": "time"
                     *             }
                     *           ],
                     *           "name": "my_catalog",
                     *           "num_items": 3,
                     *           "updated_at": "2022-11-02T09:03:19.967+00:00"
                     *         }
                     *       ],
                     *       "message": "success"
                     *     }
                     */
                    "application/json": components["schemas"]["SuccessResponse"] & {
                        /** @description The catalogs on this page. */
                        catalogs: components["schemas"]["Catalog"][];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    catalogsCreate: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "catalogs": [
                 *         {
                 *           "name": "restaurants",
                 *           "description": "My Restaurants",
                 *           "fields": [
                 *             {
                 *               "name": "id",
                 *               "type": "string"
                 *             },
                 *             {
                 *               "name": "Name",
                 *               "type": "string"
                 *             },
                 *             {
                 *               "name": "City",
                 *               "type": "string"
                 *             },
                 *             {
                 *               "name": "Cuisine",
                 *               "type": "string"
                 *             },
                 *             {
                 *               "name": "Rating",
                 *               "type": "number"
                 *             },
                 *             {
                 *               "name": "Loyalty_Program",
                 *               "type": "boolean"
                 *             },
                 *             {
                 *               "name": "Location",
                 *               "type": "object"
                 *             },
                 *             {
                 *               "name": "Top_Dishes",
                 *               "type": "array"
                 *             },
                 *             {
                 *               "name": "Created_At",
                 *               "type": "time"
                 *             }
                 *           ]
                 *         }
                 *       ]
                 *     }
                 */
                "application/json": {
                    /** @description The catalog to create. Only one catalog object is allowed per request. */
                    catalogs: components["schemas"]["CatalogCreate"][];
                };
            };
        };
        responses: {
            /** @description The catalog was created. */
            201: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "catalogs": [
                     *         {
                     *           "description": "My Restaurants",
                     *           "fields": [
                     *             {
                     *               "name": "id",
                     *               "type": "string"
                     *             },
                     *             {
                     *               "name": "Name",
                     *               "type": "string"
                     *             },
                     *             {
                     *               "name": "City",
                     *               "type": "string"
                     *             },
                     *             {
                     *               "name": "Cuisine",
                     *               "type": "string"
                     *             },
                     *             {
                     *               "name": "Rating",
                     *               "type": "number"
                     *             },
                     *             {
                     *               "name": "Loyalty_Program",
                     *               "type": "boolean"
                     *             },
                     *             {
                     *               "name": "Location",
                     *               "type": "object"
                     *             },
                     *             {
                     *               "name": "Top_Dishes",
                     *               "type": "array"
                     *             },
                     *             {
                     *               "name": "Created_At",
                     *               "type": "time"
                     *             }
                     *           ],
                     *           "name": "restaurants",
                     *           "num_items": 0,
                     *           "updated_at": "2022-11-02T20:04:06.879+00:00"
                     *         }
                     *       ],
                     *       "message": "success"
                     *     }
                     */
                    "application/json": components["schemas"]["SuccessResponse"] & {
                        /** @description The created catalog. */
                        catalogs: components["schemas"]["Catalog"][];
                    };
                };
            };
            /** @description The catalog definition was refused, for example `catalog-name-already-exists`, `id-not-first-column`, `too-many-fields` or `reached-company-catalogs-limit`. */
            400: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "errors": [
                     *         {
                     *           "id": "catalog-name-already-exists",
                     *           "message": "A catalog with that name already exists",
                     *           "parameters": [
                     *             "name"
                     *           ],
                     *           "parameter_values": [
                     *             "restaurants"
                     *           ]
                     *         }
                     *       ],
                     *       "message": "Invalid Request"
                     *     }
                     */
                    "application/json": components["schemas"]["CatalogErrorResponse"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    catalogsDelete: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The name of the catalog.
                 * @example restaurants
                 */
                catalog_name: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The catalog was deleted. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "message": "success"
                     *     }
                     */
                    "application/json": components["schemas"]["SuccessResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            /** @description No catalog has this name (`catalog-not-found`). */
            404: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "errors": [
                     *         {
                     *           "id": "catalog-not-found",
                     *           "message": "Could not find catalog",
                     *           "parameters": [
                     *             "catalog_name"
                     *           ],
                     *           "parameter_values": [
                     *             "restaurants"
                     *           ]
                     *         }
                     *       ],
                     *       "message": "Invalid Request"
                     *     }
                     */
                    "application/json": components["schemas"]["CatalogErrorResponse"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    catalogsFieldsCreate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The name of the catalog.
                 * @example restaurants
                 */
                catalog_name: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "fields": [
                 *         {
                 *           "name": "Name",
                 *           "type": "string"
                 *         },
                 *         {
                 *           "name": "Ratings",
                 *           "type": "number"
                 *         },
                 *         {
                 *           "name": "Loyalty_Program",
                 *           "type": "boolean"
                 *         },
                 *         {
                 *           "name": "Created_At",
                 *           "type": "time"
                 *         },
                 *         {
                 *           "name": "Location",
                 *           "type": "geo"
                 *         }
                 *       ]
                 *     }
                 */
                "application/json": {
                    /** @description The fields to add, each with a name and a type. Up to 50 fields per request. */
                    fields: components["schemas"]["CatalogField"][];
                };
            };
        };
        responses: {
            /** @description The request was accepted; the fields are created asynchronously. */
            202: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "message": "success"
                     *     }
                     */
                    "application/json": components["schemas"]["SuccessResponse"];
                };
            };
            /** @description The request was refused, for example `catalog-not-found`, `request-includes-too-many-fields`, `catalog-exceeds-fields-limit` or `company-size-limit-already-reached`. */
            400: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "errors": [
                     *         {
                     *           "id": "catalog-not-found",
                     *           "message": "Could not find catalog",
                     *           "parameters": [
                     *             "catalog_name"
                     *           ],
                     *           "parameter_values": [
                     *             "restaurants"
                     *           ]
                     *         }
                     *       ],
                     *       "message": "Invalid Request"
                     *     }
                     */
                    "application/json": components["schemas"]["CatalogErrorResponse"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            /** @description No catalog has this name (`catalog-not-found`). */
            404: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "errors": [
                     *         {
                     *           "id": "catalog-not-found",
                     *           "message": "Could not find catalog",
                     *           "parameters": [
                     *             "catalog_name"
                     *           ],
                     *           "parameter_values": [
                     *             "restaurants"
                     *           ]
                     *         }
                     *       ],
                     *       "message": "Invalid Request"
                     *     }
                     */
                    "application/json": components["schemas"]["CatalogErrorResponse"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    catalogsFieldsDelete: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The name of the catalog.
                 * @example restaurants
                 */
                catalog_name: string;
                /**
                 * @description The name of the field to delete.
                 * @example ratings
                 */
                field_name: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The request was accepted; the field is deleted asynchronously. */
            202: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "message": "success"
                     *     }
                     */
                    "application/json": components["schemas"]["SuccessResponse"];
                };
            };
            /** @description The field cannot be deleted: `invalid-field-name`, `field-referenced-by-selection` or `field-is-inventory`. */
            400: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "errors": [
                     *         {
                     *           "id": "field-referenced-by-selection",
                     *           "message": "The field is used by a selection",
                     *           "parameters": [
                     *             "field_name"
                     *           ],
                     *           "parameter_values": [
                     *             "ratings"
                     *           ]
                     *         }
                     *       ],
                     *       "message": "Invalid Request"
                     *     }
                     */
                    "application/json": components["schemas"]["CatalogErrorResponse"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            /** @description No catalog has this name (`catalog-not-found`). */
            404: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "errors": [
                     *         {
                     *           "id": "catalog-not-found",
                     *           "message": "Could not find catalog",
                     *           "parameters": [
                     *             "catalog_name"
                     *           ],
                     *           "parameter_values": [
                     *             "restaurants"
                     *           ]
                     *         }
                     *       ],
                     *       "message": "Invalid Request"
                     *     }
                     */
                    "application/json": components["schemas"]["CatalogErrorResponse"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    catalogsItemsList: {
        parameters: {
            query?: {
                /**
                 * @description The page to return, as an opaque cursor taken from the `Link` header of the previous response. Omit it for the first page.
                 * @example c2tpcDow
                 */
                cursor?: string;
            };
            header?: never;
            path: {
                /**
                 * @description The name of the catalog.
                 * @example restaurants
                 */
                catalog_name: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of catalog items. */
            200: {
                headers: {
                    /** @description Links to the neighbouring pages, e.g. `</catalogs/restaurants/items?cursor=c2tpcDow>; rel="prev", </catalogs/restaurants/items?cursor=c2tpcDoxMDA=>; rel="next"`. Absent when the catalog has 50 items or fewer; `prev` is absent on the first page and `next` on the last. */
                    Link?: string;
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "items": [
                     *         {
                     *           "id": "restaurant1",
                     *           "Name": "Restaurant1",
                     *           "City": "New York",
                     *           "Cuisine": "American",
                     *           "Rating": 5,
                     *           "Loyalty_Program": true,
                     *           "Open_Time": "2022-11-02T09:03:19.967Z"
                     *         },
                     *         {
                     *           "id": "restaurant2",
                     *           "Name": "Restaurant2",
                     *           "City": "New York",
                     *           "Cuisine": "American",
                     *           "Rating": 10,
                     *           "Loyalty_Program": true,
                     *           "Open_Time": "2022-11-02T09:03:19.967Z"
                     *         },
                     *         {
                     *           "id": "restaurant3",
                     *           "Name": "Restaurant3",
                     *           "City": "New York",
                     *           "Cuisine": "American",
                     *           "Rating": 5,
                     *           "Loyalty_Program": false,
                     *           "Open_Time": "2022-11-02T09:03:19.967Z"
                     *         }
                     *       ],
                     *       "message": "success"
                     *     }
                     */
                    "application/json": components["schemas"]["SuccessResponse"] & {
                        /** @description The items on this page (at most 50). */
                        items: components["schemas"]["CatalogItem"][];
                    };
                };
            };
            /** @description The cursor is not valid (`invalid-cursor`). */
            400: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "errors": [
                     *         {
                     *           "id": "invalid-cursor",
                     *           "message": "'cursor' is not valid",
                     *           "parameters": [
                     *             "cursor"
                     *           ],
                     *           "parameter_values": [
                     *             "bad-cursor"
                     *           ]
                     *         }
                     *       ],
                     *       "message": "Invalid Request"
                     *     }
                     */
                    "application/json": components["schemas"]["CatalogErrorResponse"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            /** @description No catalog has this name (`catalog-not-found`). */
            404: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "errors": [
                     *         {
                     *           "id": "catalog-not-found",
                     *           "message": "Could not find catalog",
                     *           "parameters": [
                     *             "catalog_name"
                     *           ],
                     *           "parameter_values": [
                     *             "restaurants"
                     *           ]
                     *         }
                     *       ],
                     *       "message": "Invalid Request"
                     *     }
                     */
                    "application/json": components["schemas"]["CatalogErrorResponse"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    catalogsItemsReplaceMany: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The name of the catalog.
                 * @example restaurants
                 */
                catalog_name: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "items": [
                 *         {
                 *           "id": "restaurant1",
                 *           "Name": "Restaurant",
                 *           "Loyalty_Program": false,
                 *           "Location": {
                 *             "Latitude": 33.6112,
                 *             "Longitude": -117.8711
                 *           },
                 *           "Top_Dishes": [
                 *             "Hamburger",
                 *             "Deluxe Cheeseburger"
                 *           ],
                 *           "Open_Time": "2021-09-03T09:03:19.967+00:00"
                 *         },
                 *         {
                 *           "id": "restaurant3",
                 *           "City": "San Francisco",
                 *           "Rating": 2,
                 *           "Top_Dishes": [
                 *             "Hot Dog",
                 *             "French Fries"
                 *           ]
                 *         }
                 *       ]
                 *     }
                 */
                "application/json": {
                    /** @description The new content of each item, with its ID. Up to 50 per request; IDs must be unique. */
                    items: components["schemas"]["CatalogItem"][];
                };
            };
        };
        responses: {
            /** @description The request was accepted; the items are replaced asynchronously. */
            202: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "message": "success"
                     *     }
                     */
                    "application/json": components["schemas"]["SuccessResponse"];
                };
            };
            /** @description The request was refused, for example `invalid-fields` (a field does not exist in the catalog), `items-missing-ids`, `ids-not-unique`, `items-too-large`, `unable-to-coerce-value` or `request-includes-too-many-items`. */
            400: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "errors": [
                     *         {
                     *           "id": "invalid-fields",
                     *           "message": "Some of the fields given do not exist in the catalog",
                     *           "parameters": [
                     *             "id"
                     *           ],
                     *           "parameter_values": [
                     *             "restaurant1"
                     *           ]
                     *         }
                     *       ],
                     *       "message": "Invalid Request"
                     *     }
                     */
                    "application/json": components["schemas"]["CatalogErrorResponse"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            /** @description No catalog has this name (`catalog-not-found`). */
            404: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "errors": [
                     *         {
                     *           "id": "catalog-not-found",
                     *           "message": "Could not find catalog",
                     *           "parameters": [
                     *             "catalog_name"
                     *           ],
                     *           "parameter_values": [
                     *             "restaurants"
                     *           ]
                     *         }
                     *       ],
                     *       "message": "Invalid Request"
                     *     }
                     */
                    "application/json": components["schemas"]["CatalogErrorResponse"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    catalogsItemsAddMany: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The name of the catalog.
                 * @example restaurants
                 */
                catalog_name: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "items": [
                 *         {
                 *           "id": "restaurant1",
                 *           "Name": "Restaurant1",
                 *           "City": "New York",
                 *           "Cuisine": "American",
                 *           "Rating": 5,
                 *           "Loyalty_Program": true,
                 *           "Location": {
                 *             "Latitude": 33.6112,
                 *             "Longitude": -117.8711
                 *           },
                 *           "Top_Dishes": [
                 *             "Hamburger",
                 *             "Deluxe Cheeseburger"
                 *           ],
                 *           "Created_At": "2022-11-01T09:03:19.967+00:00"
                 *         },
                 *         {
                 *           "id": "restaurant2",
                 *           "Name": "Restaurant2",
                 *           "City": "New York",
                 *           "Cuisine": "American",
                 *           "Rating": 10,
                 *           "Loyalty_Program": true,
                 *           "Location": {
                 *             "Latitude": 40.7413,
                 *             "Longitude": -73.9764
                 *           },
                 *           "Top_Dishes": [
                 *             "Hot Dog",
                 *             "French Fries"
                 *           ],
                 *           "Created_At": "2022-11-02T09:03:19.967+00:00"
                 *         }
                 *       ]
                 *     }
                 */
                "application/json": {
                    /** @description The items to create. Up to 50 per request; IDs must be unique. */
                    items: components["schemas"]["CatalogItem"][];
                };
            };
        };
        responses: {
            /** @description The request was accepted; the items are created asynchronously. */
            202: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "message": "success"
                     *     }
                     */
                    "application/json": components["schemas"]["SuccessResponse"];
                };
            };
            /** @description The request was refused, for example `invalid-fields` (a field does not exist in the catalog), `items-missing-ids`, `ids-not-unique`, `invalid-ids`, `items-too-large` or `request-includes-too-many-items`. */
            400: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "errors": [
                     *         {
                     *           "id": "invalid-fields",
                     *           "message": "Some of the fields given do not exist in the catalog",
                     *           "parameters": [
                     *             "id"
                     *           ],
                     *           "parameter_values": [
                     *             "restaurant1"
                     *           ]
                     *         }
                     *       ],
                     *       "message": "Invalid Request"
                     *     }
                     */
                    "application/json": components["schemas"]["CatalogErrorResponse"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            /** @description No catalog has this name (`catalog-not-found`). */
            404: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "errors": [
                     *         {
                     *           "id": "catalog-not-found",
                     *           "message": "Could not find catalog",
                     *           "parameters": [
                     *             "catalog_name"
                     *           ],
                     *           "parameter_values": [
                     *             "restaurants"
                     *           ]
                     *         }
                     *       ],
                     *       "message": "Invalid Request"
                     *     }
                     */
                    "application/json": components["schemas"]["CatalogErrorResponse"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    catalogsItemsDeleteMany: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The name of the catalog.
                 * @example restaurants
                 */
                catalog_name: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "items": [
                 *         {
                 *           "id": "restaurant1"
                 *         },
                 *         {
                 *           "id": "restaurant2"
                 *         },
                 *         {
                 *           "id": "restaurant3"
                 *         }
                 *       ]
                 *     }
                 */
                "application/json": {
                    /** @description The items to delete, by ID. Up to 50 per request; IDs must be unique. */
                    items: components["schemas"]["CatalogItemId"][];
                };
            };
        };
        responses: {
            /** @description The request was accepted; the items are deleted asynchronously. */
            202: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "message": "success"
                     *     }
                     */
                    "application/json": components["schemas"]["SuccessResponse"];
                };
            };
            /** @description The request was refused, for example `items-missing-ids`, `ids-not-unique`, `ids-not-strings`, `ids-too-large`, `invalid-ids` or `request-includes-too-many-items`. */
            400: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "errors": [
                     *         {
                     *           "id": "items-missing-ids",
                     *           "message": "There are 1 item(s) that do not have ids",
                     *           "parameters": [],
                     *           "parameter_values": []
                     *         }
                     *       ],
                     *       "message": "Invalid Request"
                     *     }
                     */
                    "application/json": components["schemas"]["CatalogErrorResponse"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            /** @description No catalog has this name (`catalog-not-found`). */
            404: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "errors": [
                     *         {
                     *           "id": "catalog-not-found",
                     *           "message": "Could not find catalog",
                     *           "parameters": [
                     *             "catalog_name"
                     *           ],
                     *           "parameter_values": [
                     *             "restaurants"
                     *           ]
                     *         }
                     *       ],
                     *       "message": "Invalid Request"
                     *     }
                     */
                    "application/json": components["schemas"]["CatalogErrorResponse"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    catalogsItemsUpdateMany: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The name of the catalog.
                 * @example restaurants
                 */
                catalog_name: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "items": [
                 *         {
                 *           "id": "restaurant1",
                 *           "Name": "Restaurant",
                 *           "Loyalty_Program": false,
                 *           "Location": {
                 *             "Latitude": 33.6112,
                 *             "Longitude": -117.8711
                 *           },
                 *           "Top_Dishes": {
                 *             "$add": [
                 *               "Biscuits",
                 *               "Coleslaw"
                 *             ],
                 *             "$remove": [
                 *               "French Fries"
                 *             ]
                 *           },
                 *           "Open_Time": "2021-09-03T09:03:19.967+00:00"
                 *         },
                 *         {
                 *           "id": "restaurant3",
                 *           "City": "San Francisco",
                 *           "Rating": 2,
                 *           "Top_Dishes": [
                 *             "Buffalo Wings",
                 *             "Philly Cheesesteak"
                 *           ]
                 *         }
                 *       ]
                 *     }
                 */
                "application/json": {
                    /** @description The items to edit. Up to 50 per request; IDs must be unique. */
                    items: components["schemas"]["CatalogItemPatch"][];
                };
            };
        };
        responses: {
            /** @description The request was accepted; the items are updated asynchronously. */
            202: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "message": "success"
                     *     }
                     */
                    "application/json": components["schemas"]["SuccessResponse"];
                };
            };
            /** @description The request was refused, for example `invalid-fields` (a field does not exist in the catalog), `items-missing-ids`, `ids-not-unique`, `items-too-large`, `unable-to-coerce-value` or `request-includes-too-many-items`. */
            400: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "errors": [
                     *         {
                     *           "id": "invalid-fields",
                     *           "message": "Some of the fields given do not exist in the catalog",
                     *           "parameters": [
                     *             "id"
                     *           ],
                     *           "parameter_values": [
                     *             "restaurant1"
                     *           ]
                     *         }
                     *       ],
                     *       "message": "Invalid Request"
                     *     }
                     */
                    "application/json": components["schemas"]["CatalogErrorResponse"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            /** @description No catalog has this name (`catalog-not-found`). */
            404: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "errors": [
                     *         {
                     *           "id": "catalog-not-found",
                     *           "message": "Could not find catalog",
                     *           "parameters": [
                     *             "catalog_name"
                     *           ],
                     *           "parameter_values": [
                     *             "restaurants"
                     *           ]
                     *         }
                     *       ],
                     *       "message": "Invalid Request"
                     *     }
                     */
                    "application/json": components["schemas"]["CatalogErrorResponse"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    catalogsItemsGet: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The name of the catalog.
                 * @example restaurants
                 */
                catalog_name: string;
                /**
                 * @description The ID of the catalog item.
                 * @example restaurant1
                 */
                item_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The item. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "items": [
                     *         {
                     *           "id": "restaurant1",
                     *           "Name": "Restaurant1",
                     *           "City": "New York",
                     *           "Cuisine": "American",
                     *           "Rating": 5,
                     *           "Loyalty_Program": true,
                     *           "Open_Time": "2022-11-01T09:03:19.967Z"
                     *         }
                     *       ],
                     *       "message": "success"
                     *     }
                     */
                    "application/json": components["schemas"]["SuccessResponse"] & {
                        /** @description The requested item (one element). */
                        items: components["schemas"]["CatalogItem"][];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            /** @description The catalog (`catalog-not-found`) or the item (`item-not-found`) does not exist. */
            404: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "errors": [
                     *         {
                     *           "id": "item-not-found",
                     *           "message": "Could not find item",
                     *           "parameters": [
                     *             "item_id"
                     *           ],
                     *           "parameter_values": [
                     *             "restaurant34"
                     *           ]
                     *         }
                     *       ],
                     *       "message": "Invalid Request"
                     *     }
                     */
                    "application/json": components["schemas"]["CatalogErrorResponse"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    catalogsItemsReplace: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The name of the catalog.
                 * @example restaurants
                 */
                catalog_name: string;
                /**
                 * @description The ID of the catalog item.
                 * @example restaurant1
                 */
                item_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "items": [
                 *         {
                 *           "Name": "Restaurant",
                 *           "Loyalty_Program": false,
                 *           "Location": {
                 *             "Latitude": 33.6112,
                 *             "Longitude": -117.8711
                 *           },
                 *           "Top_Dishes": [
                 *             "Hamburger",
                 *             "Deluxe Cheeseburger"
                 *           ],
                 *           "Open_Time": "2021-09-03T09:03:19.967+00:00"
                 *         }
                 *       ]
                 *     }
                 */
                "application/json": {
                    /** @description The new content of the item, as exactly one object without `id`. */
                    items: components["schemas"]["CatalogItemFields"][];
                };
            };
        };
        responses: {
            /** @description The item was replaced (or created). */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "message": "success"
                     *     }
                     */
                    "application/json": components["schemas"]["SuccessResponse"];
                };
            };
            /** @description The request was refused, for example `invalid-fields`, `id-in-body`, `items-too-large`, `unable-to-coerce-value` or `request-includes-too-many-items`. */
            400: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "errors": [
                     *         {
                     *           "id": "invalid-fields",
                     *           "message": "Some of the fields given do not exist in the catalog",
                     *           "parameters": [
                     *             "id"
                     *           ],
                     *           "parameter_values": [
                     *             "restaurant1"
                     *           ]
                     *         }
                     *       ],
                     *       "message": "Invalid Request"
                     *     }
                     */
                    "application/json": components["schemas"]["CatalogErrorResponse"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            /** @description No catalog has this name (`catalog-not-found`). */
            404: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "errors": [
                     *         {
                     *           "id": "catalog-not-found",
                     *           "message": "Could not find catalog",
                     *           "parameters": [
                     *             "catalog_name"
                     *           ],
                     *           "parameter_values": [
                     *             "restaurants"
                     *           ]
                     *         }
                     *       ],
                     *       "message": "Invalid Request"
                     *     }
                     */
                    "application/json": components["schemas"]["CatalogErrorResponse"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    catalogsItemsCreate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The name of the catalog.
                 * @example restaurants
                 */
                catalog_name: string;
                /**
                 * @description The ID of the catalog item.
                 * @example restaurant1
                 */
                item_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "items": [
                 *         {
                 *           "Name": "Restaurant1",
                 *           "City": "New York",
                 *           "Cuisine": "American",
                 *           "Rating": 5,
                 *           "Loyalty_Program": true,
                 *           "Location": {
                 *             "Latitude": 33.6112,
                 *             "Longitude": -117.8711
                 *           },
                 *           "Top_Dishes": [
                 *             "Hamburger",
                 *             "Deluxe Cheeseburger"
                 *           ],
                 *           "Created_At": "2022-11-01T09:03:19.967+00:00"
                 *         }
                 *       ]
                 *     }
                 */
                "application/json": {
                    /** @description The new item, as exactly one object without `id`. */
                    items: components["schemas"]["CatalogItemFields"][];
                };
            };
        };
        responses: {
            /** @description The item was created. */
            201: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "message": "success"
                     *     }
                     */
                    "application/json": components["schemas"]["SuccessResponse"];
                };
            };
            /** @description The request was refused, for example `invalid-fields`, `item-already-exists`, `id-in-body`, `items-too-large`, `unable-to-coerce-value` or `request-includes-too-many-items`. */
            400: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "errors": [
                     *         {
                     *           "id": "invalid-fields",
                     *           "message": "Some of the fields given do not exist in the catalog",
                     *           "parameters": [
                     *             "id"
                     *           ],
                     *           "parameter_values": [
                     *             "restaurant1"
                     *           ]
                     *         }
                     *       ],
                     *       "message": "Invalid Request"
                     *     }
                     */
                    "application/json": components["schemas"]["CatalogErrorResponse"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            /** @description No catalog has this name (`catalog-not-found`). */
            404: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "errors": [
                     *         {
                     *           "id": "catalog-not-found",
                     *           "message": "Could not find catalog",
                     *           "parameters": [
                     *             "catalog_name"
                     *           ],
                     *           "parameter_values": [
                     *             "restaurants"
                     *           ]
                     *         }
                     *       ],
                     *       "message": "Invalid Request"
                     *     }
                     */
                    "application/json": components["schemas"]["CatalogErrorResponse"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    catalogsItemsDelete: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The name of the catalog.
                 * @example restaurants
                 */
                catalog_name: string;
                /**
                 * @description The ID of the catalog item.
                 * @example restaurant1
                 */
                item_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The item was deleted. */
            202: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "message": "success"
                     *     }
                     */
                    "application/json": components["schemas"]["SuccessResponse"];
                };
            };
            /** @description The request was refused, for example `item-not-found` or `arbitrary-error`. */
            400: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "errors": [
                     *         {
                     *           "id": "item-not-found",
                     *           "message": "Could not find item",
                     *           "parameters": [
                     *             "item_id"
                     *           ],
                     *           "parameter_values": [
                     *             "restaurant34"
                     *           ]
                     *         }
                     *       ],
                     *       "message": "Invalid Request"
                     *     }
                     */
                    "application/json": components["schemas"]["CatalogErrorResponse"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            /** @description The catalog (`catalog-not-found`) or the item (`item-not-found`) does not exist. */
            404: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "errors": [
                     *         {
                     *           "id": "item-not-found",
                     *           "message": "Could not find item",
                     *           "parameters": [
                     *             "item_id"
                     *           ],
                     *           "parameter_values": [
                     *             "restaurant34"
                     *           ]
                     *         }
                     *       ],
                     *       "message": "Invalid Request"
                     *     }
                     */
                    "application/json": components["schemas"]["CatalogErrorResponse"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    catalogsItemsUpdate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The name of the catalog.
                 * @example restaurants
                 */
                catalog_name: string;
                /**
                 * @description The ID of the catalog item.
                 * @example restaurant1
                 */
                item_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "items": [
                 *         {
                 *           "Name": "Restaurant",
                 *           "Loyalty_Program": false,
                 *           "Location": {
                 *             "Latitude": 33.6112,
                 *             "Longitude": -117.8711
                 *           },
                 *           "Top_Dishes": {
                 *             "$add": [
                 *               "Biscuits",
                 *               "Coleslaw"
                 *             ],
                 *             "$remove": [
                 *               "French Fries"
                 *             ]
                 *           },
                 *           "Open_Time": "2021-09-03T09:03:19.967+00:00"
                 *         }
                 *       ]
                 *     }
                 */
                "application/json": {
                    /** @description The changes, as exactly one item object without `id`. */
                    items: components["schemas"]["CatalogItemFieldsPatch"][];
                };
            };
        };
        responses: {
            /** @description The item was updated. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "message": "success"
                     *     }
                     */
                    "application/json": components["schemas"]["SuccessResponse"];
                };
            };
            /** @description The request was refused, for example `invalid-fields`, `id-in-body`, `items-too-large`, `unable-to-coerce-value` or `request-includes-too-many-items`. */
            400: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "errors": [
                     *         {
                     *           "id": "invalid-fields",
                     *           "message": "Some of the fields given do not exist in the catalog",
                     *           "parameters": [
                     *             "id"
                     *           ],
                     *           "parameter_values": [
                     *             "restaurant1"
                     *           ]
                     *         }
                     *       ],
                     *       "message": "Invalid Request"
                     *     }
                     */
                    "application/json": components["schemas"]["CatalogErrorResponse"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            /** @description The catalog (`catalog-not-found`) or the item (`item-not-found`) does not exist. */
            404: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "errors": [
                     *         {
                     *           "id": "item-not-found",
                     *           "message": "Could not find item",
                     *           "parameters": [
                     *             "item_id"
                     *           ],
                     *           "parameter_values": [
                     *             "restaurant34"
                     *           ]
                     *         }
                     *       ],
                     *       "message": "Invalid Request"
                     *     }
                     */
                    "application/json": components["schemas"]["CatalogErrorResponse"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    catalogsSelectionsCreate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The name of the catalog.
                 * @example restaurants
                 */
                catalog_name: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "selection": {
                 *         "name": "favorite-restaurants",
                 *         "description": "Favorite restaurants in NYC",
                 *         "external_id": "sel-favorite-restaurants",
                 *         "source": "Braze",
                 *         "filters": [
                 *           {
                 *             "field": "City",
                 *             "operator": "equals",
                 *             "value": "NYC"
                 *           },
                 *           {
                 *             "field": "Rating",
                 *             "operator": "greater than",
                 *             "value": 7
                 *           }
                 *         ]
                 *       }
                 *     }
                 */
                "application/json": {
                    selection: components["schemas"]["CatalogSelection"];
                };
            };
        };
        responses: {
            /** @description The request was accepted; the selection is created asynchronously. */
            202: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "message": "success"
                     *     }
                     */
                    "application/json": components["schemas"]["SuccessResponse"];
                };
            };
            /** @description The selection was refused, for example `invalid-selection`, `selection-name-already-exists`, `selection-has-invalid-filter`, `too-many-filters`, `invalid-sort-field`, `selection-limit-reached` or `catalog-not-found`. */
            400: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "errors": [
                     *         {
                     *           "id": "catalog-not-found",
                     *           "message": "Could not find catalog",
                     *           "parameters": [
                     *             "catalog_name"
                     *           ],
                     *           "parameter_values": [
                     *             "restaurants"
                     *           ]
                     *         }
                     *       ],
                     *       "message": "Invalid Request"
                     *     }
                     */
                    "application/json": components["schemas"]["CatalogErrorResponse"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            /** @description No catalog has this name (`catalog-not-found`). */
            404: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "errors": [
                     *         {
                     *           "id": "catalog-not-found",
                     *           "message": "Could not find catalog",
                     *           "parameters": [
                     *             "catalog_name"
                     *           ],
                     *           "parameter_values": [
                     *             "restaurants"
                     *           ]
                     *         }
                     *       ],
                     *       "message": "Invalid Request"
                     *     }
                     */
                    "application/json": components["schemas"]["CatalogErrorResponse"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    catalogsSelectionsDelete: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The name of the catalog.
                 * @example restaurants
                 */
                catalog_name: string;
                /**
                 * @description The name of the selection to delete.
                 * @example favorite_list
                 */
                selection_name: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The request was accepted; the selection is deleted asynchronously. */
            202: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "message": "success"
                     *     }
                     */
                    "application/json": components["schemas"]["SuccessResponse"];
                };
            };
            /** @description The selection name is not valid (`invalid-selection`). */
            400: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "errors": [
                     *         {
                     *           "id": "invalid-selection",
                     *           "message": "Selection is invalid",
                     *           "parameters": [
                     *             "selection_name"
                     *           ],
                     *           "parameter_values": [
                     *             "favorite_list"
                     *           ]
                     *         }
                     *       ],
                     *       "message": "Invalid Request"
                     *     }
                     */
                    "application/json": components["schemas"]["CatalogErrorResponse"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            /** @description No catalog has this name (`catalog-not-found`), or the selection does not exist. */
            404: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "errors": [
                     *         {
                     *           "id": "catalog-not-found",
                     *           "message": "Could not find catalog",
                     *           "parameters": [
                     *             "catalog_name"
                     *           ],
                     *           "parameter_values": [
                     *             "restaurants"
                     *           ]
                     *         }
                     *       ],
                     *       "message": "Invalid Request"
                     *     }
                     */
                    "application/json": components["schemas"]["CatalogErrorResponse"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    cdiIntegrationsList: {
        parameters: {
            query?: {
                /**
                 * @description The page cursor, taken from the `Link` header of the previous response.
                 * @example c2tpcDow
                 */
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of integrations. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    /** @description Links to the previous and next pages, such as `</cdi/integrations?cursor=c2tpcDoxMDA=>; rel="next"`; absent when there is a single page. */
                    Link?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "results": [
                     *         {
                     *           "integration_id": "00000000-0000-0000-0000-000000000000",
                     *           "app_group_id": "11111111-1111-1111-1111-111111111111",
                     *           "integration_name": "Snowflake users",
                     *           "integration_type": "users",
                     *           "integration_status": "active",
                     *           "contact_emails": "data-team@example.com",
                     *           "last_updated_at": "2024-03-01T08:00:00Z",
                     *           "warehouse_type": "snowflake",
                     *           "last_job_start_time": "2024-03-01T08:00:05Z",
                     *           "last_job_status": "success",
                     *           "next_scheduled_run": "2024-03-01T09:00:00Z"
                     *         }
                     *       ],
                     *       "message": "success"
                     *     }
                     */
                    "application/json": {
                        /** @description The integrations on this page. */
                        results: components["schemas"]["CdiIntegration"][];
                        /** @description `success` when the request succeeded. */
                        message?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    cdiIntegrationsJobSyncStatus: {
        parameters: {
            query?: {
                /**
                 * @description The page cursor, taken from the `Link` header of the previous response.
                 * @example c2tpcDow
                 */
                cursor?: string;
            };
            header?: never;
            path: {
                /**
                 * @description The integration ID.
                 * @example 00000000-0000-0000-0000-000000000000
                 */
                integration_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of syncs. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    /** @description Links to the previous and next pages; absent when there is a single page. */
                    Link?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "results": [
                     *         {
                     *           "job_status": "partial",
                     *           "sync_start_time": "2024-03-01T08:00:05Z",
                     *           "sync_finish_time": "2024-03-01T08:04:41Z",
                     *           "last_timestamp_synced": "2024-03-01T07:59:59Z",
                     *           "rows_synced": 9870,
                     *           "rows_failed_with_errors": 12
                     *         }
                     *       ],
                     *       "message": "success"
                     *     }
                     */
                    "application/json": {
                        /** @description The syncs on this page, newest first. */
                        results: components["schemas"]["CdiJobSyncStatus"][];
                        /** @description `success` when the request succeeded. */
                        message?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    cdiIntegrationsSync: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The integration ID.
                 * @example 00000000-0000-0000-0000-000000000000
                 */
                integration_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The sync was started. */
            202: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "message": "success"
                     *     }
                     */
                    "application/json": components["schemas"]["SuccessResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    contentBlocksCreate: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "content_block",
                 *       "description": "This is my Content Block",
                 *       "content": "HTML content within block",
                 *       "state": "draft",
                 *       "tags": [
                 *         "marketing"
                 *       ]
                 *     }
                 */
                "application/json": {
                    /** @description The Content Block name, unique in the workspace: letters, numbers, hyphens and underscores, fewer than 100 characters. */
                    name: string;
                    /** @description A description, fewer than 250 characters. */
                    description?: string;
                    /** @description The HTML or text content (valid Liquid, under 50 KB). */
                    content: string;
                    /**
                     * @description `active` (the default when left out) or `draft`.
                     * @default active
                     */
                    state?: components["schemas"]["ContentBlockState"];
                    tags?: components["schemas"]["ContentBlockTags"];
                };
            };
        };
        responses: {
            /** @description The Content Block was created. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "content_block_id": "5d1e9a37-a0d6-4b3c-8d4c-2f9e3b7a6c10",
                     *       "liquid_tag": "{{content_blocks.${content_block}}}",
                     *       "created_at": "2020-07-01T12:00:00.000+00:00",
                     *       "message": "success"
                     *     }
                     */
                    "application/json": components["schemas"]["ContentBlockWriteResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    contentBlocksInfo: {
        parameters: {
            query: {
                /**
                 * @description The Content Block's API identifier (from `GET /content_blocks/list` or the API Keys page of the dashboard).
                 * @example 5d1e9a37-a0d6-4b3c-8d4c-2f9e3b7a6c10
                 */
                content_block_id: string;
                /**
                 * @description When `true`, the response adds `inclusion_data` listing the messages that include the block.
                 * @example false
                 */
                include_inclusion_data?: boolean;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The Content Block. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "content_block_id": "5d1e9a37-a0d6-4b3c-8d4c-2f9e3b7a6c10",
                     *       "name": "content_block",
                     *       "content": "HTML content within block",
                     *       "description": "This is my Content Block",
                     *       "content_type": "html",
                     *       "tags": [
                     *         "marketing"
                     *       ],
                     *       "created_at": "2020-07-01T12:00:00.000+00:00",
                     *       "last_edited": "2020-07-15T09:30:00.000+00:00",
                     *       "inclusion_count": 2,
                     *       "inclusion_data": [],
                     *       "message": "success"
                     *     }
                     */
                    "application/json": components["schemas"]["ContentBlock"] & components["schemas"]["SuccessResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    contentBlocksList: {
        parameters: {
            query?: {
                /**
                 * @description Only Content Blocks updated at or after this time (ISO 8601).
                 * @example 2020-01-01T01:01:01Z
                 */
                modified_after?: components["schemas"]["Iso8601DateTime"];
                /**
                 * @description Only Content Blocks updated at or before this time (ISO 8601); must not be earlier than `modified_after`.
                 * @example 2020-02-01T01:01:01Z
                 */
                modified_before?: components["schemas"]["Iso8601DateTime"];
                /**
                 * @description The maximum number of Content Blocks to return.
                 * @example 100
                 */
                limit?: number;
                /**
                 * @description How many matching Content Blocks to skip before the first one returned.
                 * @example 0
                 */
                offset?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of Content Blocks. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "count": 1,
                     *       "content_blocks": [
                     *         {
                     *           "content_block_id": "5d1e9a37-a0d6-4b3c-8d4c-2f9e3b7a6c10",
                     *           "name": "content_block",
                     *           "content_type": "html",
                     *           "liquid_tag": "{{content_blocks.${content_block}}}",
                     *           "inclusion_count": 2,
                     *           "created_at": "2020-07-01T12:00:00.000+00:00",
                     *           "last_edited": "2020-07-15T09:30:00.000+00:00",
                     *           "tags": [
                     *             "marketing"
                     *           ]
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": {
                        /** @description How many Content Blocks this response returns. */
                        count: number;
                        /** @description The Content Blocks on this page. */
                        content_blocks: components["schemas"]["ContentBlockSummary"][];
                        /** @description `success` when the request was accepted. */
                        message?: string;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    contentBlocksTranslationsGet: {
        parameters: {
            query: {
                /**
                 * @description The ID of the Content Block.
                 * @example e24404b3-3626-4de0-bdec-06935f3aa0ab
                 */
                content_block_id: string;
                /**
                 * @description A locale ID (UUID) to filter the response. Omit it for all locales.
                 * @example c7c12345-te35-1234-5678-abcdefa99r3f
                 */
                locale_id?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The translations, one entry per locale. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "translations": [
                     *         {
                     *           "translation_map": {
                     *             "id_0": "¡Hola!",
                     *             "id_1": "Me llamo Jacky",
                     *             "id_2": "¿Dónde está la biblioteca?"
                     *           },
                     *           "locale": {
                     *             "uuid": "c7c12345-te35-1234-5678-abcdefa99r3f",
                     *             "name": "es-MX",
                     *             "country": "MX",
                     *             "language": "es",
                     *             "locale_key": "es-mx"
                     *           }
                     *         },
                     *         {
                     *           "translation_map": {
                     *             "id_0": "你好",
                     *             "id_1": "我的名字是 Jacky",
                     *             "id_2": "圖書館在哪裡?"
                     *           },
                     *           "locale": {
                     *             "uuid": "a1b12345-cd35-1234-5678-abcdefa99r3f",
                     *             "name": "zh-HK",
                     *             "country": "HK",
                     *             "language": "zh",
                     *             "locale_key": "zh-hk"
                     *           }
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["TranslationListResponse"];
                };
            };
            400: components["responses"]["TranslationBadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    contentBlocksTranslationsUpdate: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "content_block_id": "e24404b3-3626-4de0-bdec-06935f3aa0ab",
                 *       "locale_id": "h94404b3-3626-4de0-bdec-06935f3aa0ad",
                 *       "translation_map": {
                 *         "id_3": "Ein Absatz ohne Formatierung"
                 *       }
                 *     }
                 */
                "application/json": {
                    /** @description The ID of the Content Block. */
                    content_block_id: string;
                    /** @description The ID (UUID) of the locale to update. */
                    locale_id: string;
                    translation_map: components["schemas"]["TranslationMap"];
                };
            };
        };
        responses: {
            /** @description The translations were saved. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "message": "success"
                     *     }
                     */
                    "application/json": components["schemas"]["SuccessResponse"];
                };
            };
            400: components["responses"]["TranslationBadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    contentBlocksTranslationsSource: {
        parameters: {
            query: {
                /**
                 * @description The ID of the Content Block.
                 * @example e24404b3-3626-4de0-bdec-06935f3aa0ab
                 */
                content_block_id: string;
                /**
                 * @description A locale ID (UUID) to filter the response.
                 * @example c7c12345-de35-1234-5678-abcdefa99a3f
                 */
                locale_id?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The source values of the translation tags. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "translations": {
                     *         "translation_map": {
                     *           "id_0": "Welcome aboard!",
                     *           "id_1": "Thanks for joining the rewards club"
                     *         }
                     *       },
                     *       "message": "success"
                     *     }
                     */
                    "application/json": components["schemas"]["TranslationSourceResponse"];
                };
            };
            400: components["responses"]["TranslationBadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    contentBlocksUpdate: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "content_block_id": "5d1e9a37-a0d6-4b3c-8d4c-2f9e3b7a6c10",
                 *       "name": "content_block",
                 *       "description": "This is my Content Block",
                 *       "content": "HTML or text content within block",
                 *       "state": "draft",
                 *       "tags": [
                 *         "marketing"
                 *       ]
                 *     }
                 */
                "application/json": {
                    /** @description The API identifier of the Content Block to update. */
                    content_block_id: string;
                    /** @description The new name (letters, numbers, hyphens and underscores, fewer than 100 characters); drafts only. */
                    name?: string;
                    /** @description The new description, fewer than 250 characters. */
                    description?: string;
                    /** @description The new HTML or text content (valid Liquid, under 50 KB). */
                    content?: string;
                    /**
                     * @description `active` (the default when left out) or `draft`. An active Content Block cannot go back to `draft`.
                     * @default active
                     */
                    state?: components["schemas"]["ContentBlockState"];
                    tags?: components["schemas"]["ContentBlockTags"];
                };
            };
        };
        responses: {
            /** @description The Content Block was updated. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "content_block_id": "5d1e9a37-a0d6-4b3c-8d4c-2f9e3b7a6c10",
                     *       "liquid_tag": "{{content_blocks.${content_block}}}",
                     *       "created_at": "2020-07-01T12:00:00.000+00:00",
                     *       "message": "success"
                     *     }
                     */
                    "application/json": components["schemas"]["ContentBlockWriteResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    customAttributesGet: {
        parameters: {
            query?: {
                /**
                 * @description The page to return, taken from the `Link` header of the previous response; omit it for the first page.
                 * @example c2tpcDow
                 */
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of custom attributes. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    /**
                     * @description Links to neighbouring pages, as `<URL>; rel="prev"` and `<URL>; rel="next"` (comma-separated); `next` is present only when more data exists.
                     * @example <https://rest.iad-03.braze.com/custom_attributes?cursor=c2tpcDo1MA==>; rel="next"
                     */
                    Link?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "message": "success",
                     *       "attributes": [
                     *         {
                     *           "array_length": 100,
                     *           "data_type": "Number",
                     *           "description": "The attribute description",
                     *           "name": "The attribute name",
                     *           "status": "Active",
                     *           "tag_names": [
                     *             "Tag One",
                     *             "Tag Two"
                     *           ]
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["SuccessResponse"] & {
                        attributes: components["schemas"]["CustomAttributeDefinition"][];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    customObjectsObjectRelationshipsList: {
        parameters: {
            query?: {
                /**
                 * @description Which side of the relationship the custom object in the path is on: `source` (the default) or `target`.
                 * @example source
                 */
                anchor?: "source" | "target";
                /**
                 * @description Keeps only the relationships of this kind.
                 * @example franchise_of
                 */
                rel_kind?: string;
                /** @description Page size, 100 by default. Braze clamps other values into 1 to 250. */
                limit?: number;
                /** @description How many matching records to skip, 0 by default (Braze treats a negative value as 0). */
                offset?: number;
            };
            header?: never;
            path: {
                /**
                 * @description The machine name of the custom object type.
                 * @example store
                 */
                type_name: string;
                /**
                 * @description The identifier of the custom object in the path.
                 * @example store-042
                 */
                external_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of object relationships. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "items": [
                     *         {
                     *           "rel_kind": "franchise_of",
                     *           "to_custom_object": {
                     *             "type_name": "store",
                     *             "external_id": "store-007",
                     *             "attributes": {
                     *               "name": "Dock Road"
                     *             }
                     *           },
                     *           "attributes": {
                     *             "since": "2024"
                     *           }
                     *         }
                     *       ],
                     *       "total_count": 1,
                     *       "has_more": false,
                     *       "next_offset": null,
                     *       "offset": 0,
                     *       "limit": 100
                     *     }
                     */
                    "application/json": components["schemas"]["ObjectListPage"] & {
                        /** @description The records of this page. */
                        items: components["schemas"]["CustomObjectRelationship"][];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    customObjectsObjectRelationshipsReplace: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The machine name of the custom object type.
                 * @example store
                 */
                type_name: string;
                /**
                 * @description The identifier of the custom object in the path.
                 * @example store-042
                 */
                external_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "rel_kind": "franchise_of",
                 *       "related_type_name": "store",
                 *       "related_external_id": "store-007",
                 *       "anchor": "source",
                 *       "attributes": {
                 *         "since": "2024"
                 *       }
                 *     }
                 */
                "application/json": {
                    /** @description The relationship kind (see the type's object relationship types). */
                    rel_kind: string;
                    /** @description The type of the other custom object. */
                    related_type_name: string;
                    /** @description The identifier of the other custom object. */
                    related_external_id: string;
                    /**
                     * @description Which side of the relationship the custom object in the path is on.
                     * @default source
                     * @enum {string}
                     */
                    anchor?: "source" | "target";
                    /** @description The complete attributes of the relationship. */
                    attributes?: components["schemas"]["ObjectAttributes"];
                };
            };
        };
        responses: {
            /** @description The relationship was created or replaced. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "object_relationship": {
                     *         "rel_kind": "franchise_of",
                     *         "to_custom_object": {
                     *           "type_name": "store",
                     *           "external_id": "store-007",
                     *           "attributes": {
                     *             "name": "Dock Road"
                     *           }
                     *         },
                     *         "attributes": {
                     *           "since": "2024"
                     *         }
                     *       }
                     *     }
                     */
                    "application/json": {
                        object_relationship: components["schemas"]["CustomObjectRelationship"];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ObjectLimitExceeded"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    customObjectsObjectRelationshipsCreate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The machine name of the custom object type.
                 * @example store
                 */
                type_name: string;
                /**
                 * @description The identifier of the custom object in the path.
                 * @example store-042
                 */
                external_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "rel_kind": "franchise_of",
                 *       "related_type_name": "store",
                 *       "related_external_id": "store-007",
                 *       "anchor": "source",
                 *       "attributes": {
                 *         "since": "2024"
                 *       }
                 *     }
                 */
                "application/json": {
                    /** @description The relationship kind (see the type's object relationship types). */
                    rel_kind: string;
                    /** @description The type of the other custom object. */
                    related_type_name: string;
                    /** @description The identifier of the other custom object. */
                    related_external_id: string;
                    /**
                     * @description Which side of the relationship the custom object in the path is on.
                     * @default source
                     * @enum {string}
                     */
                    anchor?: "source" | "target";
                    /** @description Attributes of the relationship. */
                    attributes?: components["schemas"]["ObjectAttributes"];
                };
            };
        };
        responses: {
            /** @description The relationship was created. */
            201: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "object_relationship": {
                     *         "rel_kind": "franchise_of",
                     *         "to_custom_object": {
                     *           "type_name": "store",
                     *           "external_id": "store-007",
                     *           "attributes": {
                     *             "name": "Dock Road"
                     *           }
                     *         },
                     *         "attributes": {
                     *           "since": "2024"
                     *         }
                     *       }
                     *     }
                     */
                    "application/json": {
                        object_relationship: components["schemas"]["CustomObjectRelationship"];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["ObjectConflict"];
            422: components["responses"]["ObjectLimitExceeded"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    customObjectsObjectRelationshipsDelete: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The machine name of the custom object type.
                 * @example store
                 */
                type_name: string;
                /**
                 * @description The identifier of the custom object in the path.
                 * @example store-042
                 */
                external_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "rel_kind": "franchise_of",
                 *       "related_type_name": "store",
                 *       "related_external_id": "store-007",
                 *       "anchor": "source"
                 *     }
                 */
                "application/json": {
                    /** @description The relationship kind (see the type's object relationship types). */
                    rel_kind: string;
                    /** @description The type of the other custom object. */
                    related_type_name: string;
                    /** @description The identifier of the other custom object. */
                    related_external_id: string;
                    /**
                     * @description Which side of the relationship the custom object in the path is on.
                     * @default source
                     * @enum {string}
                     */
                    anchor?: "source" | "target";
                };
            };
        };
        responses: {
            /** @description The relationship was deleted. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "deleted": true
                     *     }
                     */
                    "application/json": components["schemas"]["ObjectDeleteResult"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    customObjectsObjectRelationshipsUpdate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The machine name of the custom object type.
                 * @example store
                 */
                type_name: string;
                /**
                 * @description The identifier of the custom object in the path.
                 * @example store-042
                 */
                external_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "rel_kind": "franchise_of",
                 *       "related_type_name": "store",
                 *       "related_external_id": "store-007",
                 *       "anchor": "source",
                 *       "attributes": {
                 *         "since": "2024"
                 *       }
                 *     }
                 */
                "application/json": {
                    /** @description The relationship kind (see the type's object relationship types). */
                    rel_kind: string;
                    /** @description The type of the other custom object. */
                    related_type_name: string;
                    /** @description The identifier of the other custom object. */
                    related_external_id: string;
                    /**
                     * @description Which side of the relationship the custom object in the path is on.
                     * @default source
                     * @enum {string}
                     */
                    anchor?: "source" | "target";
                    /** @description The relationship attributes to change. */
                    attributes?: components["schemas"]["ObjectAttributes"];
                };
            };
        };
        responses: {
            /** @description The relationship was updated. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "object_relationship": {
                     *         "rel_kind": "franchise_of",
                     *         "to_custom_object": {
                     *           "type_name": "store",
                     *           "external_id": "store-007",
                     *           "attributes": {
                     *             "name": "Dock Road"
                     *           }
                     *         },
                     *         "attributes": {
                     *           "since": "2024"
                     *         }
                     *       }
                     *     }
                     */
                    "application/json": {
                        object_relationship: components["schemas"]["CustomObjectRelationship"];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    customObjectsUserRelationshipsList: {
        parameters: {
            query?: {
                /**
                 * @description Keeps only the relationships of this kind.
                 * @example store_manager
                 */
                rel_kind?: string;
                /** @description Page size, 100 by default. Braze clamps other values into 1 to 250. */
                limit?: number;
                /** @description How many matching records to skip, 0 by default (Braze treats a negative value as 0). */
                offset?: number;
            };
            header?: never;
            path: {
                /**
                 * @description The machine name of the custom object type.
                 * @example store
                 */
                type_name: string;
                /**
                 * @description The identifier of the custom object.
                 * @example store-042
                 */
                external_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of user relationships. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "items": [
                     *         {
                     *           "type_name": "store",
                     *           "external_id": "store-042",
                     *           "rel_kind": "store_manager",
                     *           "user": {
                     *             "braze_id": "5f8a3c2e9b1d4e0012ab34cd"
                     *           },
                     *           "attributes": {
                     *             "role": "owner"
                     *           }
                     *         }
                     *       ],
                     *       "total_count": 1,
                     *       "has_more": false,
                     *       "next_offset": null,
                     *       "offset": 0,
                     *       "limit": 100
                     *     }
                     */
                    "application/json": components["schemas"]["ObjectListPage"] & {
                        /** @description The records of this page. */
                        items: components["schemas"]["CustomObjectUserRelationship"][];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    customObjectsUserRelationshipsReplace: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The machine name of the custom object type.
                 * @example store
                 */
                type_name: string;
                /**
                 * @description The identifier of the custom object.
                 * @example store-042
                 */
                external_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "braze_id": "5f8a3c2e9b1d4e0012ab34cd",
                 *       "rel_kind": "store_manager",
                 *       "attributes": {
                 *         "role": "admin"
                 *       }
                 *     }
                 */
                "application/json": {
                    /** @description The Braze user ID of the user. */
                    braze_id: string;
                    /** @description The relationship kind (see the type's user relationship types). */
                    rel_kind: string;
                    /** @description The complete attributes of the relationship. */
                    attributes?: components["schemas"]["ObjectAttributes"];
                };
            };
        };
        responses: {
            /** @description The user relationship was created or replaced. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "user_relationship": {
                     *         "type_name": "store",
                     *         "external_id": "store-042",
                     *         "rel_kind": "store_manager",
                     *         "user": {
                     *           "braze_id": "5f8a3c2e9b1d4e0012ab34cd"
                     *         },
                     *         "attributes": {
                     *           "role": "admin"
                     *         }
                     *       }
                     *     }
                     */
                    "application/json": {
                        user_relationship: components["schemas"]["CustomObjectUserRelationship"];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ObjectLimitExceeded"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    customObjectsUserRelationshipsCreate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The machine name of the custom object type.
                 * @example store
                 */
                type_name: string;
                /**
                 * @description The identifier of the custom object.
                 * @example store-042
                 */
                external_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "braze_id": "5f8a3c2e9b1d4e0012ab34cd",
                 *       "rel_kind": "store_manager",
                 *       "attributes": {
                 *         "role": "owner"
                 *       }
                 *     }
                 */
                "application/json": {
                    /** @description The Braze user ID of the user. */
                    braze_id: string;
                    /** @description The relationship kind (see the type's user relationship types). */
                    rel_kind: string;
                    /** @description Attributes of the relationship. */
                    attributes?: components["schemas"]["ObjectAttributes"];
                };
            };
        };
        responses: {
            /** @description The user relationship was created. */
            201: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "user_relationship": {
                     *         "type_name": "store",
                     *         "external_id": "store-042",
                     *         "rel_kind": "store_manager",
                     *         "user": {
                     *           "braze_id": "5f8a3c2e9b1d4e0012ab34cd"
                     *         },
                     *         "attributes": {
                     *           "role": "owner"
                     *         }
                     *       }
                     *     }
                     */
                    "application/json": {
                        user_relationship: components["schemas"]["CustomObjectUserRelationship"];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["ObjectConflict"];
            422: components["responses"]["ObjectLimitExceeded"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    customObjectsUserRelationshipsDelete: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The machine name of the custom object type.
                 * @example store
                 */
                type_name: string;
                /**
                 * @description The identifier of the custom object.
                 * @example store-042
                 */
                external_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "braze_id": "5f8a3c2e9b1d4e0012ab34cd",
                 *       "rel_kind": "store_manager"
                 *     }
                 */
                "application/json": {
                    /** @description The Braze user ID of the user. */
                    braze_id: string;
                    /** @description The relationship kind (see the type's user relationship types). */
                    rel_kind: string;
                };
            };
        };
        responses: {
            /** @description The user relationship was deleted. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "deleted": true
                     *     }
                     */
                    "application/json": components["schemas"]["ObjectDeleteResult"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    customObjectsUserRelationshipsUpdate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The machine name of the custom object type.
                 * @example store
                 */
                type_name: string;
                /**
                 * @description The identifier of the custom object.
                 * @example store-042
                 */
                external_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "braze_id": "5f8a3c2e9b1d4e0012ab34cd",
                 *       "rel_kind": "store_manager",
                 *       "attributes": {
                 *         "role": "billing"
                 *       }
                 *     }
                 */
                "application/json": {
                    /** @description The Braze user ID of the user. */
                    braze_id: string;
                    /** @description The relationship kind (see the type's user relationship types). */
                    rel_kind: string;
                    /** @description The relationship attributes to change. */
                    attributes?: components["schemas"]["ObjectAttributes"];
                };
            };
        };
        responses: {
            /** @description The user relationship was updated. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "user_relationship": {
                     *         "type_name": "store",
                     *         "external_id": "store-042",
                     *         "rel_kind": "store_manager",
                     *         "user": {
                     *           "braze_id": "5f8a3c2e9b1d4e0012ab34cd"
                     *         },
                     *         "attributes": {
                     *           "role": "billing"
                     *         }
                     *       }
                     *     }
                     */
                    "application/json": {
                        user_relationship: components["schemas"]["CustomObjectUserRelationship"];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    customObjectsObjectsGet: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The machine name of the custom object type.
                 * @example store
                 */
                type_name: string;
                /**
                 * @description The identifier of the custom object, unique within its type.
                 * @example store-042
                 */
                external_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The custom object. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "custom_object": {
                     *         "type_name": "account",
                     *         "external_id": "store-042",
                     *         "attributes": {
                     *           "name": "Harbor Street",
                     *           "region": "west"
                     *         }
                     *       }
                     *     }
                     */
                    "application/json": {
                        custom_object: components["schemas"]["CustomObject"];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    customObjectsObjectsReplace: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The machine name of the custom object type.
                 * @example store
                 */
                type_name: string;
                /**
                 * @description The identifier of the custom object, unique within its type.
                 * @example store-042
                 */
                external_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "attributes": {
                 *         "name": "Harbor Street"
                 *       }
                 *     }
                 */
                "application/json": {
                    /** @description The complete attributes; fields left out are cleared. */
                    attributes: components["schemas"]["ObjectAttributes"];
                    /** @description The label shown for the object. A display-name field configured on the type takes precedence. Defaults to the object identifier. */
                    display_name?: string;
                };
            };
        };
        responses: {
            /** @description The custom object was created or replaced. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "custom_object": {
                     *         "type_name": "account",
                     *         "external_id": "store-042",
                     *         "attributes": {
                     *           "name": "Harbor Street"
                     *         }
                     *       }
                     *     }
                     */
                    "application/json": {
                        custom_object: components["schemas"]["CustomObject"];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ObjectLimitExceeded"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    customObjectsObjectsDelete: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The machine name of the custom object type.
                 * @example store
                 */
                type_name: string;
                /**
                 * @description The identifier of the custom object, unique within its type.
                 * @example store-042
                 */
                external_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The custom object was deleted. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "deleted": true
                     *     }
                     */
                    "application/json": components["schemas"]["ObjectDeleteResult"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    customObjectsObjectsUpdate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The machine name of the custom object type.
                 * @example store
                 */
                type_name: string;
                /**
                 * @description The identifier of the custom object, unique within its type.
                 * @example store-042
                 */
                external_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "attributes": {
                 *         "region": "north"
                 *       }
                 *     }
                 */
                "application/json": {
                    /** @description The top-level fields to change; other fields keep their values. */
                    attributes: components["schemas"]["ObjectAttributes"];
                    /** @description The label shown for the object. A display-name field configured on the type takes precedence. When left out, the current display name is kept. */
                    display_name?: string;
                };
            };
        };
        responses: {
            /** @description The custom object was updated. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "custom_object": {
                     *         "type_name": "account",
                     *         "external_id": "store-042",
                     *         "attributes": {
                     *           "name": "Harbor Street",
                     *           "region": "north"
                     *         }
                     *       }
                     *     }
                     */
                    "application/json": {
                        custom_object: components["schemas"]["CustomObject"];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    customObjectsObjectsList: {
        parameters: {
            query?: {
                /**
                 * @description Keeps only the objects whose identifier contains this text.
                 * @example store-0
                 */
                search_term?: string;
                /** @description Page size, 100 by default. Braze clamps other values into 1 to 250. */
                limit?: number;
                /** @description How many matching records to skip, 0 by default (Braze treats a negative value as 0). */
                offset?: number;
            };
            header?: never;
            path: {
                /**
                 * @description The machine name of the custom object type.
                 * @example store
                 */
                type_name: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of custom objects. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "items": [
                     *         {
                     *           "type_name": "account",
                     *           "external_id": "store-042",
                     *           "attributes": {
                     *             "name": "Harbor Street",
                     *             "region": "west"
                     *           }
                     *         }
                     *       ],
                     *       "total_count": 1,
                     *       "has_more": false,
                     *       "next_offset": null,
                     *       "offset": 0,
                     *       "limit": 100
                     *     }
                     */
                    "application/json": components["schemas"]["ObjectListPage"] & {
                        /** @description The records of this page. */
                        items: components["schemas"]["CustomObject"][];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    customObjectsObjectsCreate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The machine name of the custom object type.
                 * @example store
                 */
                type_name: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "external_id": "store-042",
                 *       "attributes": {
                 *         "name": "Harbor Street",
                 *         "region": "west"
                 *       }
                 *     }
                 */
                "application/json": {
                    /** @description The new object's identifier, unique within its type. */
                    external_id: string;
                    attributes: components["schemas"]["ObjectAttributes"];
                    /** @description The label shown for the object. A display-name field configured on the type takes precedence. Defaults to the object identifier. */
                    display_name?: string;
                };
            };
        };
        responses: {
            /** @description The custom object was created. */
            201: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "custom_object": {
                     *         "type_name": "account",
                     *         "external_id": "store-042",
                     *         "attributes": {
                     *           "name": "Harbor Street",
                     *           "region": "west"
                     *         }
                     *       }
                     *     }
                     */
                    "application/json": {
                        custom_object: components["schemas"]["CustomObject"];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["ObjectConflict"];
            422: components["responses"]["ObjectLimitExceeded"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    customObjectsTypesListObjectRelationshipTypes: {
        parameters: {
            query?: {
                /**
                 * @description Which side of the relationship the type in the path is on: `source` (the default) or `target`.
                 * @example source
                 */
                anchor?: "source" | "target";
                /** @description Page size, 100 by default. Braze clamps other values into 1 to 250. */
                limit?: number;
                /** @description How many matching records to skip, 0 by default (Braze treats a negative value as 0). */
                offset?: number;
            };
            header?: never;
            path: {
                /**
                 * @description The machine name of the custom object type.
                 * @example store
                 */
                type_name: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of object relationship types. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "items": [
                     *         {
                     *           "from_type_name": "store",
                     *           "to_type_name": "store",
                     *           "rel_kind": "franchise_of",
                     *           "display_name": "franchise_of",
                     *           "related_type_name": "store"
                     *         }
                     *       ],
                     *       "total_count": 1,
                     *       "has_more": false,
                     *       "next_offset": null,
                     *       "offset": 0,
                     *       "limit": 100
                     *     }
                     */
                    "application/json": components["schemas"]["ObjectListPage"] & {
                        /** @description The records of this page. */
                        items: components["schemas"]["ObjectRelationshipType"][];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    customObjectsTypesListUserRelationshipTypes: {
        parameters: {
            query?: {
                /** @description Page size, 100 by default. Braze clamps other values into 1 to 250. */
                limit?: number;
                /** @description How many matching records to skip, 0 by default (Braze treats a negative value as 0). */
                offset?: number;
            };
            header?: never;
            path: {
                /**
                 * @description The machine name of the custom object type.
                 * @example store
                 */
                type_name: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of user relationship types. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "items": [
                     *         {
                     *           "rel_kind": "store_manager",
                     *           "display_name": "store_manager"
                     *         }
                     *       ],
                     *       "total_count": 1,
                     *       "has_more": false,
                     *       "next_offset": null,
                     *       "offset": 0,
                     *       "limit": 100
                     *     }
                     */
                    "application/json": components["schemas"]["ObjectListPage"] & {
                        /** @description The records of this page. */
                        items: components["schemas"]["UserRelationshipType"][];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    customObjectsTypesGet: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The machine name of the custom object type.
                 * @example store
                 */
                type_name: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The custom object type. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "custom_object_type": {
                     *         "type_name": "store",
                     *         "metadata": {
                     *           "display_name_source": "name"
                     *         },
                     *         "schema_def": {
                     *           "type": "object",
                     *           "properties": {
                     *             "name": {
                     *               "type": "string",
                     *               "title": "Name"
                     *             },
                     *             "region": {
                     *               "type": "string",
                     *               "title": "Region"
                     *             },
                     *             "opened_at": {
                     *               "type": "string",
                     *               "format": "date-time",
                     *               "title": "Opened at"
                     *             }
                     *           },
                     *           "required": [
                     *             "name"
                     *           ]
                     *         }
                     *       }
                     *     }
                     */
                    "application/json": {
                        custom_object_type: components["schemas"]["ObjectTypeDefinition"];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    customObjectsTypesList: {
        parameters: {
            query?: {
                /**
                 * @description Keeps only the types whose name starts with this text (case is ignored).
                 * @example sto
                 */
                search_term?: string;
                /** @description Page size, 100 by default. Braze clamps other values into 1 to 250. */
                limit?: number;
                /** @description How many matching records to skip, 0 by default (Braze treats a negative value as 0). */
                offset?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of custom object types. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "items": [
                     *         {
                     *           "type_name": "store",
                     *           "metadata": {
                     *             "display_name_source": "name"
                     *           }
                     *         },
                     *         {
                     *           "type_name": "storefront",
                     *           "metadata": {}
                     *         }
                     *       ],
                     *       "total_count": 2,
                     *       "has_more": false,
                     *       "next_offset": null,
                     *       "offset": 0,
                     *       "limit": 100
                     *     }
                     */
                    "application/json": components["schemas"]["ObjectListPage"] & {
                        /** @description The records of this page. */
                        items: components["schemas"]["ObjectTypeSummary"][];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    dataObjectsObjectRelationshipsBulkUpsert: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "records": [
                 *         {
                 *           "type_name": "store",
                 *           "object_id": "store-042",
                 *           "rel_kind": "franchise_of",
                 *           "related_type_name": "store",
                 *           "related_object_id": "store-007",
                 *           "attributes": {
                 *             "since": "2024"
                 *           }
                 *         }
                 *       ]
                 *     }
                 */
                "application/json": {
                    /** @description The object relationships to create or replace (1 to 50). */
                    records: {
                        /** @description The type of the source object. */
                        type_name: string;
                        /** @description The identifier of the source object. */
                        object_id: string;
                        /** @description The relationship kind. */
                        rel_kind: string;
                        /** @description The type of the related (target) object. */
                        related_type_name: string;
                        /** @description The identifier of the related (target) object. */
                        related_object_id: string;
                        /** @description Attributes of the relationship. */
                        attributes: components["schemas"]["ObjectAttributes"];
                    }[];
                };
            };
        };
        responses: {
            /** @description The batch passed validation and is queued; each relationship is applied later. */
            202: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /** @example {} */
                    "application/json": components["schemas"]["DataObjectsBulkAccepted"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    dataObjectsObjectRelationshipsBulkDelete: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "records": [
                 *         {
                 *           "type_name": "store",
                 *           "object_id": "store-042",
                 *           "rel_kind": "franchise_of",
                 *           "related_type_name": "store",
                 *           "related_object_id": "store-007"
                 *         }
                 *       ]
                 *     }
                 */
                "application/json": {
                    /** @description The object relationships to delete (1 to 50). */
                    records: {
                        /** @description The type of the source object. */
                        type_name: string;
                        /** @description The identifier of the source object. */
                        object_id: string;
                        /** @description The relationship kind. */
                        rel_kind: string;
                        /** @description The type of the related (target) object. */
                        related_type_name: string;
                        /** @description The identifier of the related (target) object. */
                        related_object_id: string;
                    }[];
                };
            };
        };
        responses: {
            /** @description The batch passed validation and is queued; each relationship is deleted later. */
            202: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /** @example {} */
                    "application/json": components["schemas"]["DataObjectsBulkAccepted"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    dataObjectsObjectRelationshipsList: {
        parameters: {
            query?: {
                /**
                 * @description Which side of the relationship the data object in the path is on: `source` (the default) or `target`.
                 * @example source
                 */
                anchor?: "source" | "target";
                /**
                 * @description Keeps only the relationships of this kind.
                 * @example franchise_of
                 */
                rel_kind?: string;
                /** @description Page size, 100 by default. Braze clamps other values into 1 to 250. */
                limit?: number;
                /** @description How many matching records to skip, 0 by default (Braze treats a negative value as 0). */
                offset?: number;
            };
            header?: never;
            path: {
                /**
                 * @description The machine name of the data object type.
                 * @example store
                 */
                type_name: string;
                /**
                 * @description The identifier of the data object in the path.
                 * @example store-042
                 */
                object_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of object relationships. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "items": [
                     *         {
                     *           "rel_kind": "franchise_of",
                     *           "to_data_object": {
                     *             "type_name": "store",
                     *             "object_id": "store-007",
                     *             "attributes": {
                     *               "name": "Dock Road"
                     *             }
                     *           },
                     *           "attributes": {
                     *             "since": "2024"
                     *           }
                     *         }
                     *       ],
                     *       "total_count": 1,
                     *       "has_more": false,
                     *       "next_offset": null,
                     *       "offset": 0,
                     *       "limit": 100
                     *     }
                     */
                    "application/json": components["schemas"]["ObjectListPage"] & {
                        /** @description The records of this page. */
                        items: components["schemas"]["DataObjectRelationship"][];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    dataObjectsObjectRelationshipsReplace: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The machine name of the data object type.
                 * @example store
                 */
                type_name: string;
                /**
                 * @description The identifier of the data object in the path.
                 * @example store-042
                 */
                object_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "rel_kind": "franchise_of",
                 *       "related_type_name": "store",
                 *       "related_object_id": "store-007",
                 *       "attributes": {
                 *         "since": "2024"
                 *       }
                 *     }
                 */
                "application/json": {
                    /** @description The relationship kind (see the type's object relationship types). */
                    rel_kind: string;
                    /** @description The type of the other data object. */
                    related_type_name: string;
                    /** @description The identifier of the other data object; required unless `related_external_id` is sent. */
                    related_object_id?: string;
                    /**
                     * @deprecated
                     * @description The identifier of the other data object under its early-access name; send `related_object_id` instead. Give one of the two, not both.
                     */
                    related_external_id?: string;
                    /**
                     * @description Which end of the relationship the object in the path is (early-access pages only): `source` (the default) or `target`.
                     * @default source
                     * @enum {string}
                     */
                    anchor?: "source" | "target";
                    /** @description The complete attributes of the relationship. */
                    attributes?: components["schemas"]["ObjectAttributes"];
                };
            };
        };
        responses: {
            /** @description The relationship was created or replaced. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "object_relationship": {
                     *         "rel_kind": "franchise_of",
                     *         "to_data_object": {
                     *           "type_name": "store",
                     *           "object_id": "store-007",
                     *           "attributes": {
                     *             "name": "Dock Road"
                     *           }
                     *         },
                     *         "attributes": {
                     *           "since": "2024"
                     *         }
                     *       }
                     *     }
                     */
                    "application/json": {
                        object_relationship: components["schemas"]["DataObjectRelationship"];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ObjectLimitExceeded"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    dataObjectsObjectRelationshipsCreate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The machine name of the data object type.
                 * @example store
                 */
                type_name: string;
                /**
                 * @description The identifier of the data object in the path.
                 * @example store-042
                 */
                object_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "rel_kind": "franchise_of",
                 *       "related_type_name": "store",
                 *       "related_object_id": "store-007",
                 *       "attributes": {
                 *         "since": "2024"
                 *       }
                 *     }
                 */
                "application/json": {
                    /** @description The relationship kind (see the type's object relationship types). */
                    rel_kind: string;
                    /** @description The type of the other data object. */
                    related_type_name: string;
                    /** @description The identifier of the other data object; required unless `related_external_id` is sent. */
                    related_object_id?: string;
                    /**
                     * @deprecated
                     * @description The identifier of the other data object under its early-access name; send `related_object_id` instead. Give one of the two, not both.
                     */
                    related_external_id?: string;
                    /**
                     * @description Which end of the relationship the object in the path is (early-access pages only): `source` (the default) or `target`.
                     * @default source
                     * @enum {string}
                     */
                    anchor?: "source" | "target";
                    /** @description Attributes of the relationship. */
                    attributes?: components["schemas"]["ObjectAttributes"];
                };
            };
        };
        responses: {
            /** @description The relationship was created. */
            201: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "object_relationship": {
                     *         "rel_kind": "franchise_of",
                     *         "to_data_object": {
                     *           "type_name": "store",
                     *           "object_id": "store-007",
                     *           "attributes": {
                     *             "name": "Dock Road"
                     *           }
                     *         },
                     *         "attributes": {
                     *           "since": "2024"
                     *         }
                     *       }
                     *     }
                     */
                    "application/json": {
                        object_relationship: components["schemas"]["DataObjectRelationship"];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["ObjectConflict"];
            422: components["responses"]["ObjectLimitExceeded"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    dataObjectsObjectRelationshipsDelete: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The machine name of the data object type.
                 * @example store
                 */
                type_name: string;
                /**
                 * @description The identifier of the data object in the path.
                 * @example store-042
                 */
                object_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "rel_kind": "franchise_of",
                 *       "related_type_name": "store",
                 *       "related_object_id": "store-007"
                 *     }
                 */
                "application/json": {
                    /** @description The relationship kind (see the type's object relationship types). */
                    rel_kind: string;
                    /** @description The type of the other data object. */
                    related_type_name: string;
                    /** @description The identifier of the other data object; required unless `related_external_id` is sent. */
                    related_object_id?: string;
                    /**
                     * @deprecated
                     * @description The identifier of the other data object under its early-access name; send `related_object_id` instead. Give one of the two, not both.
                     */
                    related_external_id?: string;
                    /**
                     * @description Which end of the relationship the object in the path is (early-access pages only): `source` (the default) or `target`.
                     * @default source
                     * @enum {string}
                     */
                    anchor?: "source" | "target";
                };
            };
        };
        responses: {
            /** @description The relationship was deleted. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "deleted": true
                     *     }
                     */
                    "application/json": components["schemas"]["ObjectDeleteResult"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    dataObjectsObjectRelationshipsUpdate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The machine name of the data object type.
                 * @example store
                 */
                type_name: string;
                /**
                 * @description The identifier of the data object in the path.
                 * @example store-042
                 */
                object_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "rel_kind": "franchise_of",
                 *       "related_type_name": "store",
                 *       "related_object_id": "store-007",
                 *       "attributes": {
                 *         "since": "2024"
                 *       }
                 *     }
                 */
                "application/json": {
                    /** @description The relationship kind (see the type's object relationship types). */
                    rel_kind: string;
                    /** @description The type of the other data object. */
                    related_type_name: string;
                    /** @description The identifier of the other data object; required unless `related_external_id` is sent. */
                    related_object_id?: string;
                    /**
                     * @deprecated
                     * @description The identifier of the other data object under its early-access name; send `related_object_id` instead. Give one of the two, not both.
                     */
                    related_external_id?: string;
                    /**
                     * @description Which end of the relationship the object in the path is (early-access pages only): `source` (the default) or `target`.
                     * @default source
                     * @enum {string}
                     */
                    anchor?: "source" | "target";
                    /** @description The relationship attributes to change. */
                    attributes?: components["schemas"]["ObjectAttributes"];
                };
            };
        };
        responses: {
            /** @description The relationship was updated. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "object_relationship": {
                     *         "rel_kind": "franchise_of",
                     *         "to_data_object": {
                     *           "type_name": "store",
                     *           "object_id": "store-007",
                     *           "attributes": {
                     *             "name": "Dock Road"
                     *           }
                     *         },
                     *         "attributes": {
                     *           "since": "2024"
                     *         }
                     *       }
                     *     }
                     */
                    "application/json": {
                        object_relationship: components["schemas"]["DataObjectRelationship"];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    dataObjectsUserRelationshipsList: {
        parameters: {
            query?: {
                /**
                 * @description Keeps only the relationships of this kind.
                 * @example store_manager
                 */
                rel_kind?: string;
                /** @description Page size, 100 by default. Braze clamps other values into 1 to 250. */
                limit?: number;
                /** @description How many matching records to skip, 0 by default (Braze treats a negative value as 0). */
                offset?: number;
            };
            header?: never;
            path: {
                /**
                 * @description The machine name of the data object type.
                 * @example store
                 */
                type_name: string;
                /**
                 * @description The identifier of the data object.
                 * @example store-042
                 */
                object_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of user relationships. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "items": [
                     *         {
                     *           "type_name": "store",
                     *           "object_id": "store-042",
                     *           "rel_kind": "store_manager",
                     *           "user": {
                     *             "braze_id": "5f8a3c2e9b1d4e0012ab34cd"
                     *           },
                     *           "attributes": {
                     *             "role": "owner"
                     *           }
                     *         }
                     *       ],
                     *       "total_count": 1,
                     *       "has_more": false,
                     *       "next_offset": null,
                     *       "offset": 0,
                     *       "limit": 100
                     *     }
                     */
                    "application/json": components["schemas"]["ObjectListPage"] & {
                        /** @description The records of this page. */
                        items: components["schemas"]["DataObjectUserRelationship"][];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    dataObjectsUserRelationshipsReplace: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The machine name of the data object type.
                 * @example store
                 */
                type_name: string;
                /**
                 * @description The identifier of the data object.
                 * @example store-042
                 */
                object_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "braze_id": "5f8a3c2e9b1d4e0012ab34cd",
                 *       "rel_kind": "store_manager",
                 *       "attributes": {
                 *         "role": "admin"
                 *       }
                 *     }
                 */
                "application/json": {
                    /** @description The Braze user ID of the user. */
                    braze_id: string;
                    /** @description The relationship kind (see the type's user relationship types). */
                    rel_kind: string;
                    /** @description The complete attributes of the relationship. */
                    attributes?: components["schemas"]["ObjectAttributes"];
                };
            };
        };
        responses: {
            /** @description The user relationship was created or replaced. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "user_relationship": {
                     *         "type_name": "store",
                     *         "object_id": "store-042",
                     *         "rel_kind": "store_manager",
                     *         "user": {
                     *           "braze_id": "5f8a3c2e9b1d4e0012ab34cd"
                     *         },
                     *         "attributes": {
                     *           "role": "admin"
                     *         }
                     *       }
                     *     }
                     */
                    "application/json": {
                        user_relationship: components["schemas"]["DataObjectUserRelationship"];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ObjectLimitExceeded"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    dataObjectsUserRelationshipsCreate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The machine name of the data object type.
                 * @example store
                 */
                type_name: string;
                /**
                 * @description The identifier of the data object.
                 * @example store-042
                 */
                object_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "braze_id": "5f8a3c2e9b1d4e0012ab34cd",
                 *       "rel_kind": "store_manager",
                 *       "attributes": {
                 *         "role": "owner"
                 *       }
                 *     }
                 */
                "application/json": {
                    /** @description The Braze user ID of the user. */
                    braze_id: string;
                    /** @description The relationship kind (see the type's user relationship types). */
                    rel_kind: string;
                    /** @description Attributes of the relationship. */
                    attributes?: components["schemas"]["ObjectAttributes"];
                };
            };
        };
        responses: {
            /** @description The user relationship was created. */
            201: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "user_relationship": {
                     *         "type_name": "store",
                     *         "object_id": "store-042",
                     *         "rel_kind": "store_manager",
                     *         "user": {
                     *           "braze_id": "5f8a3c2e9b1d4e0012ab34cd"
                     *         },
                     *         "attributes": {
                     *           "role": "owner"
                     *         }
                     *       }
                     *     }
                     */
                    "application/json": {
                        user_relationship: components["schemas"]["DataObjectUserRelationship"];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["ObjectConflict"];
            422: components["responses"]["ObjectLimitExceeded"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    dataObjectsUserRelationshipsDelete: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The machine name of the data object type.
                 * @example store
                 */
                type_name: string;
                /**
                 * @description The identifier of the data object.
                 * @example store-042
                 */
                object_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "braze_id": "5f8a3c2e9b1d4e0012ab34cd",
                 *       "rel_kind": "store_manager"
                 *     }
                 */
                "application/json": {
                    /** @description The Braze user ID of the user. */
                    braze_id: string;
                    /** @description The relationship kind (see the type's user relationship types). */
                    rel_kind: string;
                };
            };
        };
        responses: {
            /** @description The user relationship was deleted. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "deleted": true
                     *     }
                     */
                    "application/json": components["schemas"]["ObjectDeleteResult"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    dataObjectsUserRelationshipsUpdate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The machine name of the data object type.
                 * @example store
                 */
                type_name: string;
                /**
                 * @description The identifier of the data object.
                 * @example store-042
                 */
                object_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "braze_id": "5f8a3c2e9b1d4e0012ab34cd",
                 *       "rel_kind": "store_manager",
                 *       "attributes": {
                 *         "role": "billing"
                 *       }
                 *     }
                 */
                "application/json": {
                    /** @description The Braze user ID of the user. */
                    braze_id: string;
                    /** @description The relationship kind (see the type's user relationship types). */
                    rel_kind: string;
                    /** @description The relationship attributes to change. */
                    attributes?: components["schemas"]["ObjectAttributes"];
                };
            };
        };
        responses: {
            /** @description The user relationship was updated. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "user_relationship": {
                     *         "type_name": "store",
                     *         "object_id": "store-042",
                     *         "rel_kind": "store_manager",
                     *         "user": {
                     *           "braze_id": "5f8a3c2e9b1d4e0012ab34cd"
                     *         },
                     *         "attributes": {
                     *           "role": "billing"
                     *         }
                     *       }
                     *     }
                     */
                    "application/json": {
                        user_relationship: components["schemas"]["DataObjectUserRelationship"];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    dataObjectsObjectsGet: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The machine name of the data object type.
                 * @example store
                 */
                type_name: string;
                /**
                 * @description The identifier of the data object, unique within its type.
                 * @example store-042
                 */
                object_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The data object. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "data_object": {
                     *         "type_name": "account",
                     *         "object_id": "store-042",
                     *         "attributes": {
                     *           "name": "Harbor Street",
                     *           "region": "west"
                     *         }
                     *       }
                     *     }
                     */
                    "application/json": {
                        data_object: components["schemas"]["DataObject"];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    dataObjectsObjectsReplace: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The machine name of the data object type.
                 * @example store
                 */
                type_name: string;
                /**
                 * @description The identifier of the data object, unique within its type.
                 * @example store-042
                 */
                object_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "attributes": {
                 *         "name": "Harbor Street"
                 *       }
                 *     }
                 */
                "application/json": {
                    /** @description The complete attributes; fields left out are cleared. */
                    attributes: components["schemas"]["ObjectAttributes"];
                    /** @description The label shown for the object. A display-name field configured on the type takes precedence. Defaults to the object identifier. */
                    display_name?: string;
                };
            };
        };
        responses: {
            /** @description The data object was created or replaced. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "data_object": {
                     *         "type_name": "account",
                     *         "object_id": "store-042",
                     *         "attributes": {
                     *           "name": "Harbor Street"
                     *         }
                     *       }
                     *     }
                     */
                    "application/json": {
                        data_object: components["schemas"]["DataObject"];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ObjectLimitExceeded"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    dataObjectsObjectsDelete: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The machine name of the data object type.
                 * @example store
                 */
                type_name: string;
                /**
                 * @description The identifier of the data object, unique within its type.
                 * @example store-042
                 */
                object_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The data object was deleted. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "deleted": true
                     *     }
                     */
                    "application/json": components["schemas"]["ObjectDeleteResult"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    dataObjectsObjectsUpdate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The machine name of the data object type.
                 * @example store
                 */
                type_name: string;
                /**
                 * @description The identifier of the data object, unique within its type.
                 * @example store-042
                 */
                object_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "attributes": {
                 *         "region": "north"
                 *       }
                 *     }
                 */
                "application/json": {
                    /** @description The top-level fields to change; other fields keep their values. */
                    attributes: components["schemas"]["ObjectAttributes"];
                    /** @description The label shown for the object. A display-name field configured on the type takes precedence. When left out, the current display name is kept. */
                    display_name?: string;
                };
            };
        };
        responses: {
            /** @description The data object was updated. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "data_object": {
                     *         "type_name": "account",
                     *         "object_id": "store-042",
                     *         "attributes": {
                     *           "name": "Harbor Street",
                     *           "region": "north"
                     *         }
                     *       }
                     *     }
                     */
                    "application/json": {
                        data_object: components["schemas"]["DataObject"];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    dataObjectsObjectsList: {
        parameters: {
            query?: {
                /**
                 * @description Keeps only the objects whose identifier contains this text.
                 * @example store-0
                 */
                search_term?: string;
                /** @description Page size, 100 by default. Braze clamps other values into 1 to 250. */
                limit?: number;
                /** @description How many matching records to skip, 0 by default (Braze treats a negative value as 0). */
                offset?: number;
            };
            header?: never;
            path: {
                /**
                 * @description The machine name of the data object type.
                 * @example store
                 */
                type_name: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of data objects. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "items": [
                     *         {
                     *           "type_name": "account",
                     *           "object_id": "store-042",
                     *           "attributes": {
                     *             "name": "Harbor Street",
                     *             "region": "west"
                     *           }
                     *         }
                     *       ],
                     *       "total_count": 1,
                     *       "has_more": false,
                     *       "next_offset": null,
                     *       "offset": 0,
                     *       "limit": 100
                     *     }
                     */
                    "application/json": components["schemas"]["ObjectListPage"] & {
                        /** @description The records of this page. */
                        items: components["schemas"]["DataObject"][];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    dataObjectsObjectsCreate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The machine name of the data object type.
                 * @example store
                 */
                type_name: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "object_id": "store-042",
                 *       "attributes": {
                 *         "name": "Harbor Street",
                 *         "region": "west"
                 *       }
                 *     }
                 */
                "application/json": {
                    /** @description The new object's identifier, unique within its type; required unless `external_id` is sent. */
                    object_id?: string;
                    /**
                     * @deprecated
                     * @description The new object's identifier under its early-access name; send `object_id` instead. Give one of the two, not both.
                     */
                    external_id?: string;
                    attributes: components["schemas"]["ObjectAttributes"];
                    /** @description The label shown for the object. A display-name field configured on the type takes precedence. Defaults to the object identifier. */
                    display_name?: string;
                };
            };
        };
        responses: {
            /** @description The data object was created. */
            201: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "data_object": {
                     *         "type_name": "account",
                     *         "object_id": "store-042",
                     *         "attributes": {
                     *           "name": "Harbor Street",
                     *           "region": "west"
                     *         }
                     *       }
                     *     }
                     */
                    "application/json": {
                        data_object: components["schemas"]["DataObject"];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["ObjectConflict"];
            422: components["responses"]["ObjectLimitExceeded"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    dataObjectsObjectsBulkUpsert: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "records": [
                 *         {
                 *           "type_name": "store",
                 *           "object_id": "store-042",
                 *           "attributes": {
                 *             "name": "Harbor Street",
                 *             "region": "west"
                 *           }
                 *         },
                 *         {
                 *           "type_name": "store",
                 *           "object_id": "store-007",
                 *           "attributes": {
                 *             "name": "Dock Road"
                 *           }
                 *         }
                 *       ]
                 *     }
                 */
                "application/json": {
                    /** @description The data objects to create or replace (1 to 50). */
                    records: {
                        /** @description The machine name of the object's type, which must exist already. */
                        type_name: string;
                        /** @description The object's identifier (the `object_id` of the single-record endpoints). */
                        object_id: string;
                        /** @description The object's attributes; every field must be declared by the type. Date fields take an RFC 3339 date-time with time and zone (2026-11-03T00:00:00Z): a date alone still gets 202 but the record then fails with `data-object-schema-mismatch`. */
                        attributes: components["schemas"]["ObjectAttributes"];
                    }[];
                };
            };
        };
        responses: {
            /** @description The batch passed validation and is queued; each record is applied later. */
            202: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /** @example {} */
                    "application/json": components["schemas"]["DataObjectsBulkAccepted"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    dataObjectsObjectsBulkDelete: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "records": [
                 *         {
                 *           "type_name": "store",
                 *           "object_id": "store-007"
                 *         }
                 *       ]
                 *     }
                 */
                "application/json": {
                    /** @description The data objects to delete (1 to 50). */
                    records: {
                        /** @description The machine name of the object's type, which must exist already. */
                        type_name: string;
                        /** @description The object's identifier (the `object_id` of the single-record endpoints). */
                        object_id: string;
                    }[];
                };
            };
        };
        responses: {
            /** @description The batch passed validation and is queued; each record is deleted later. */
            202: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /** @example {} */
                    "application/json": components["schemas"]["DataObjectsBulkAccepted"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    dataObjectsTypesListObjectRelationshipTypes: {
        parameters: {
            query?: {
                /**
                 * @description Which side of the relationship the type in the path is on: `source` (the default) or `target`.
                 * @example source
                 */
                anchor?: "source" | "target";
                /** @description Page size, 100 by default. Braze clamps other values into 1 to 250. */
                limit?: number;
                /** @description How many matching records to skip, 0 by default (Braze treats a negative value as 0). */
                offset?: number;
            };
            header?: never;
            path: {
                /**
                 * @description The machine name of the data object type.
                 * @example store
                 */
                type_name: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of object relationship types. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "items": [
                     *         {
                     *           "from_type_name": "store",
                     *           "to_type_name": "store",
                     *           "rel_kind": "franchise_of",
                     *           "display_name": "franchise_of",
                     *           "related_type_name": "store"
                     *         }
                     *       ],
                     *       "total_count": 1,
                     *       "has_more": false,
                     *       "next_offset": null,
                     *       "offset": 0,
                     *       "limit": 100
                     *     }
                     */
                    "application/json": components["schemas"]["ObjectListPage"] & {
                        /** @description The records of this page. */
                        items: components["schemas"]["ObjectRelationshipType"][];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    dataObjectsTypesListUserRelationshipTypes: {
        parameters: {
            query?: {
                /** @description Page size, 100 by default. Braze clamps other values into 1 to 250. */
                limit?: number;
                /** @description How many matching records to skip, 0 by default (Braze treats a negative value as 0). */
                offset?: number;
            };
            header?: never;
            path: {
                /**
                 * @description The machine name of the data object type.
                 * @example store
                 */
                type_name: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of user relationship types. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "items": [
                     *         {
                     *           "rel_kind": "store_manager",
                     *           "display_name": "store_manager"
                     *         }
                     *       ],
                     *       "total_count": 1,
                     *       "has_more": false,
                     *       "next_offset": null,
                     *       "offset": 0,
                     *       "limit": 100
                     *     }
                     */
                    "application/json": components["schemas"]["ObjectListPage"] & {
                        /** @description The records of this page. */
                        items: components["schemas"]["UserRelationshipType"][];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    dataObjectsTypesGet: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The machine name of the data object type.
                 * @example store
                 */
                type_name: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The data object type. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "data_object_type": {
                     *         "type_name": "store",
                     *         "metadata": {
                     *           "display_name_source": "name"
                     *         },
                     *         "schema_def": {
                     *           "type": "object",
                     *           "properties": {
                     *             "name": {
                     *               "type": "string",
                     *               "title": "Name"
                     *             },
                     *             "region": {
                     *               "type": "string",
                     *               "title": "Region"
                     *             },
                     *             "opened_at": {
                     *               "type": "string",
                     *               "format": "date-time",
                     *               "title": "Opened at"
                     *             }
                     *           },
                     *           "required": [
                     *             "name"
                     *           ]
                     *         }
                     *       }
                     *     }
                     */
                    "application/json": {
                        data_object_type: components["schemas"]["ObjectTypeDefinition"];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    dataObjectsTypesList: {
        parameters: {
            query?: {
                /**
                 * @description Keeps only the types whose name starts with this text (case is ignored).
                 * @example sto
                 */
                search_term?: string;
                /** @description Page size, 100 by default. Braze clamps other values into 1 to 250. */
                limit?: number;
                /** @description How many matching records to skip, 0 by default (Braze treats a negative value as 0). */
                offset?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of data object types. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "items": [
                     *         {
                     *           "type_name": "store",
                     *           "metadata": {
                     *             "display_name_source": "name"
                     *           }
                     *         },
                     *         {
                     *           "type_name": "storefront",
                     *           "metadata": {}
                     *         }
                     *       ],
                     *       "total_count": 2,
                     *       "has_more": false,
                     *       "next_offset": null,
                     *       "offset": 0,
                     *       "limit": 100
                     *     }
                     */
                    "application/json": components["schemas"]["ObjectListPage"] & {
                        /** @description The records of this page. */
                        items: components["schemas"]["ObjectTypeSummary"][];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    dataObjectsUserRelationshipsBulkUpsert: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "records": [
                 *         {
                 *           "type_name": "store",
                 *           "object_id": "store-042",
                 *           "rel_kind": "store_manager",
                 *           "user": {
                 *             "external_id": "user-8812"
                 *           },
                 *           "attributes": {
                 *             "role": "owner"
                 *           }
                 *         },
                 *         {
                 *           "type_name": "store",
                 *           "object_id": "store-007",
                 *           "rel_kind": "store_manager",
                 *           "user": {
                 *             "alias": {
                 *               "alias_name": "crm-5521",
                 *               "alias_label": "crm_id"
                 *             }
                 *           }
                 *         }
                 *       ]
                 *     }
                 */
                "application/json": {
                    /** @description The user relationships to create or replace (1 to 50). */
                    records: {
                        /** @description The type of the object the user is linked to. */
                        type_name: string;
                        /** @description The identifier of the object the user is linked to. */
                        object_id: string;
                        /** @description The relationship kind. */
                        rel_kind: string;
                        user: components["schemas"]["DataObjectBulkUser"];
                        /** @description Attributes of the relationship. */
                        attributes?: components["schemas"]["ObjectAttributes"];
                    }[];
                };
            };
        };
        responses: {
            /** @description The batch passed validation and is queued; each link is applied later. */
            202: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /** @example {} */
                    "application/json": components["schemas"]["DataObjectsBulkAccepted"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    dataObjectsUserRelationshipsBulkDelete: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "records": [
                 *         {
                 *           "type_name": "store",
                 *           "object_id": "store-042",
                 *           "rel_kind": "store_manager",
                 *           "user": {
                 *             "braze_id": "5f8a3c2e9b1d4e0012ab34cd"
                 *           }
                 *         }
                 *       ]
                 *     }
                 */
                "application/json": {
                    /** @description The user relationships to delete (1 to 50). */
                    records: {
                        /** @description The type of the object the user is linked to. */
                        type_name: string;
                        /** @description The identifier of the object the user is linked to. */
                        object_id: string;
                        /** @description The relationship kind. */
                        rel_kind: string;
                        user: components["schemas"]["DataObjectBulkUser"];
                    }[];
                };
            };
        };
        responses: {
            /** @description The batch passed validation and is queued; each link is deleted later. */
            202: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /** @example {} */
                    "application/json": components["schemas"]["DataObjectsBulkAccepted"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    emailBlacklist: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "email": [
                 *         "blacklist_email1",
                 *         "blacklist_email2"
                 *       ]
                 *     }
                 */
                "application/json": {
                    email: components["schemas"]["EmailListAddresses"];
                };
            };
        };
        responses: {
            /** @description The request was accepted. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "message": "success"
                     *     }
                     */
                    "application/json": components["schemas"]["SuccessResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    emailBlocklist: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "email": [
                 *         "blocklist_email1",
                 *         "blocklist_email2"
                 *       ]
                 *     }
                 */
                "application/json": {
                    email: components["schemas"]["EmailListAddresses"];
                };
            };
        };
        responses: {
            /** @description The request was accepted. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "message": "success"
                     *     }
                     */
                    "application/json": components["schemas"]["SuccessResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    emailBounceRemove: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "email": "example@braze.com"
                 *     }
                 */
                "application/json": {
                    email: components["schemas"]["EmailListAddresses"];
                };
            };
        };
        responses: {
            /** @description The request was accepted. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "message": "success"
                     *     }
                     */
                    "application/json": components["schemas"]["SuccessResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    emailHardBounces: {
        parameters: {
            query: {
                /**
                 * @description Start of the range (`YYYY-MM-DD`, midnight UTC), earlier than `end_date`. Required unless `email` is sent.
                 * @example 2019-01-01
                 */
                start_date?: string;
                /**
                 * @description End of the range (`YYYY-MM-DD`, midnight UTC).
                 * @example 2019-02-01
                 */
                end_date: string;
                /**
                 * @description The maximum number of results to return.
                 * @example 100
                 */
                limit?: number;
                /**
                 * @description How many results to skip; increase it until a call returns fewer than `limit` results.
                 * @example 0
                 */
                offset?: number;
                /**
                 * @description An email address to check; required unless `start_date` is sent.
                 * @example example@braze.com
                 */
                email?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The hard-bounced addresses, newest first. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "emails": [
                     *         {
                     *           "email": "example1@braze.com",
                     *           "hard_bounced_at": "2019-01-15T10:02:11.000Z"
                     *         },
                     *         {
                     *           "email": "example2@braze.com",
                     *           "hard_bounced_at": "2019-01-03T22:41:06.000Z"
                     *         }
                     *       ],
                     *       "message": "success"
                     *     }
                     */
                    "application/json": components["schemas"]["SuccessResponse"] & {
                        emails: {
                            /** @description The address that hard bounced. */
                            email: string;
                            /**
                             * Format: date-time
                             * @description When it hard bounced.
                             */
                            hard_bounced_at: string;
                        }[];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    emailSpamRemove: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "email": "example@braze.com"
                 *     }
                 */
                "application/json": {
                    email: components["schemas"]["EmailListAddresses"];
                };
            };
        };
        responses: {
            /** @description The request was accepted. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "message": "success"
                     *     }
                     */
                    "application/json": components["schemas"]["SuccessResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    emailStatus: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "email": "example@braze.com",
                 *       "subscription_state": "subscribed"
                 *     }
                 */
                "application/json": {
                    email: components["schemas"]["EmailListAddresses"];
                    /**
                     * @description The state to set.
                     * @enum {string}
                     */
                    subscription_state: "subscribed" | "unsubscribed" | "opted_in";
                };
            };
        };
        responses: {
            /** @description The request was accepted. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "message": "success"
                     *     }
                     */
                    "application/json": components["schemas"]["SuccessResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    emailUnsubscribes: {
        parameters: {
            query: {
                /**
                 * @description Start of the range (`YYYY-MM-DD`, midnight UTC), earlier than `end_date`. Required unless `email` is sent.
                 * @example 2020-01-01
                 */
                start_date?: string;
                /**
                 * @description End of the range (`YYYY-MM-DD`, midnight UTC).
                 * @example 2020-02-01
                 */
                end_date: string;
                /**
                 * @description The maximum number of results to return.
                 * @example 100
                 */
                limit?: number;
                /**
                 * @description How many results to skip; increase it until a call returns fewer than `limit` results.
                 * @example 0
                 */
                offset?: number;
                /** @description `desc` (default) lists the newest unsubscribes first, `asc` the oldest. */
                sort_direction?: "asc" | "desc";
                /**
                 * @description An email address to check; required unless `start_date` is sent.
                 * @example example@braze.com
                 */
                email?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The unsubscribed addresses. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "emails": [
                     *         {
                     *           "email": "example1@braze.com",
                     *           "unsubscribed_at": "2020-01-20T16:08:21.000Z"
                     *         }
                     *       ],
                     *       "message": "success"
                     *     }
                     */
                    "application/json": components["schemas"]["SuccessResponse"] & {
                        emails: {
                            /** @description The address that unsubscribed. */
                            email: string;
                            /**
                             * Format: date-time
                             * @description When it unsubscribed.
                             */
                            unsubscribed_at: string;
                        }[];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    eventsGet: {
        parameters: {
            query?: {
                /**
                 * @description The page to return, taken from the `Link` header of the previous response; omit it for the first page.
                 * @example c2tpcDow
                 */
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of custom events. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    /**
                     * @description Links to neighbouring pages, as `<URL>; rel="prev"` and `<URL>; rel="next"` (comma-separated); `next` is present only when more data exists.
                     * @example <https://rest.iad-03.braze.com/events?cursor=c2tpcDo1MA==>; rel="next"
                     */
                    Link?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "message": "success",
                     *       "events": [
                     *         {
                     *           "name": "The event name",
                     *           "description": "The event description",
                     *           "included_in_analytics_report": false,
                     *           "status": "Active",
                     *           "tag_names": [
                     *             "Tag One",
                     *             "Tag Two"
                     *           ]
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["SuccessResponse"] & {
                        events: components["schemas"]["EventDefinition"][];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    eventsDataSeries: {
        parameters: {
            query: {
                /**
                 * @description The name of the custom event.
                 * @example event_name
                 */
                event: string;
                /** @description How many units (days or hours) of data to return, ending at `ending_at`. */
                length: components["parameters"]["Length"];
                /** @description The unit of time between data points. Defaults to `day`. */
                unit?: components["parameters"]["Unit"];
                /** @description The end of the series, as an ISO 8601 date-time. Defaults to the time of the request. */
                ending_at?: components["parameters"]["EndingAt"];
                /** @description Limits the data to one app of the workspace (an app identifier, not a credential). Omit it for the whole workspace. */
                app_id?: components["parameters"]["AppId"];
                /**
                 * @description Limit the data to one analytics-enabled segment (its segment API identifier).
                 * @example 3bbc4555-8fa0-4c9b-a5c0-4505edf3e064
                 */
                segment_id?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The series, one point per unit of time, oldest first. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "message": "success",
                     *       "data": [
                     *         {
                     *           "time": "2018-06-27",
                     *           "count": 42
                     *         },
                     *         {
                     *           "time": "2018-06-28",
                     *           "count": 57
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["SuccessResponse"] & {
                        data: {
                            /** @description The point in time: an ISO 8601 date for daily series, an ISO 8601 date-time for hourly series. */
                            time: string;
                            /** @description How many times the event occurred in that period. */
                            count: number;
                        }[];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    eventsList: {
        parameters: {
            query?: {
                /**
                 * @description The page of event names to return, starting at 0.
                 * @example 3
                 */
                page?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of event names. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "message": "success",
                     *       "events": [
                     *         "Event A",
                     *         "Event B",
                     *         "Event C"
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["SuccessResponse"] & {
                        /** @description Event names. */
                        events: string[];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    exportSegmentCancel: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "segment_id": "segment_identifier"
                 *     }
                 */
                "application/json": {
                    /** @description The segment whose ongoing exports should be cancelled. */
                    segment_id: string;
                };
            };
        };
        responses: {
            /** @description The ongoing exports were cancelled. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "message": "success"
                     *     }
                     */
                    "application/json": components["schemas"]["SuccessResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    feedDataSeries: {
        parameters: {
            query: {
                /**
                 * @description The card API identifier (from the developer console, the card page, or `/feed/list`).
                 * @example 3bbc4555-8fa0-4c9b-a5c0-4505edf3e064
                 */
                card_id: string;
                /** @description How many units (days or hours) of data to return, ending at `ending_at`. */
                length: components["parameters"]["Length"];
                /** @description The unit of time between data points. Defaults to `day`. */
                unit?: components["parameters"]["Unit"];
                /** @description The end of the series, as an ISO 8601 date-time. Defaults to the time of the request. */
                ending_at?: components["parameters"]["EndingAt"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The engagement series, one point per unit of time. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "message": "success",
                     *       "data": [
                     *         {
                     *           "time": "2018-06-27",
                     *           "clicks": 14,
                     *           "impressions": 320,
                     *           "unique_clicks": 12,
                     *           "unique_impressions": 250
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["SuccessResponse"] & {
                        data: components["schemas"]["FeedCardStats"][];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    feedDetails: {
        parameters: {
            query: {
                /**
                 * @description The card API identifier (from the developer console, the card page, or `/feed/list`).
                 * @example 3bbc4555-8fa0-4c9b-a5c0-4505edf3e064
                 */
                card_id: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The card's details. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "message": "success",
                     *       "created_at": "2019-02-01T12:00:00+00:00",
                     *       "updated_at": "2019-02-03T09:30:00+00:00",
                     *       "name": "Spring sale card",
                     *       "publish_at": "2019-02-04T00:00:00+00:00",
                     *       "end_at": "2019-03-04T00:00:00+00:00",
                     *       "tags": [
                     *         "Promotions"
                     *       ],
                     *       "title": "Spring sale",
                     *       "image_url": "https://cdn.example.com/spring.png",
                     *       "extras": {
                     *         "campaign": "spring"
                     *       },
                     *       "description": "Save 20% this week.",
                     *       "archived": false,
                     *       "draft": false
                     *     }
                     */
                    "application/json": components["schemas"]["SuccessResponse"] & {
                        /** @description When the card was created (ISO 8601). */
                        created_at?: string;
                        /** @description When the card was last updated (ISO 8601). */
                        updated_at?: string;
                        /** @description The card name. */
                        name?: string;
                        /** @description When the card was published (ISO 8601). */
                        publish_at?: string;
                        /** @description When the card stops being shown (ISO 8601). */
                        end_at?: string | null;
                        tags?: string[];
                        title?: string;
                        /** @description The card's image URL. */
                        image_url?: string | null;
                        /** @description Key-value data attached to the card. */
                        extras?: {
                            [key: string]: unknown;
                        };
                        /** @description The card's description text. */
                        description?: string;
                        archived?: boolean;
                        draft?: boolean;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    feedList: {
        parameters: {
            query?: {
                /**
                 * @description The page of cards to return, starting at 0.
                 * @example 1
                 */
                page?: number;
                /** @description Whether to include archived cards. */
                include_archived?: boolean;
                /** @description `asc` (default) lists the oldest first by creation time, `desc` the newest first. */
                sort_direction?: "asc" | "desc";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of cards. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "message": "success",
                     *       "cards": [
                     *         {
                     *           "id": "3bbc4555-8fa0-4c9b-a5c0-4505edf3e064",
                     *           "type": "CaptionedImage",
                     *           "title": "Spring sale",
                     *           "tags": [
                     *             "Promotions"
                     *           ]
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["SuccessResponse"] & {
                        cards: ({
                            /** @description The card API identifier. */
                            id: string;
                            /**
                             * @description The card type: `NewsItem` (classic), `CaptionedImage`, `Banner`, or `DevPick` (cross-promotion).
                             * @enum {string}
                             */
                            type?: "NewsItem" | "CaptionedImage" | "Banner" | "DevPick";
                            /** @description The card title. */
                            title?: string;
                            /** @description Tags attached to the card. */
                            tags?: string[];
                        } & {
                            [key: string]: unknown;
                        })[];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    kpiDauDataSeries: {
        parameters: {
            query: {
                /** @description How many units (days or hours) of data to return, ending at `ending_at`. */
                length: components["parameters"]["Length"];
                /** @description The end of the series, as an ISO 8601 date-time. Defaults to the time of the request. */
                ending_at?: components["parameters"]["EndingAt"];
                /** @description Limits the data to one app of the workspace (an app identifier, not a credential). Omit it for the whole workspace. */
                app_id?: components["parameters"]["AppId"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The series, one point per unit of time, oldest first. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "message": "success",
                     *       "data": [
                     *         {
                     *           "time": "2018-06-27",
                     *           "dau": 1234
                     *         },
                     *         {
                     *           "time": "2018-06-28",
                     *           "dau": 1301
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["SuccessResponse"] & {
                        data: {
                            /** @description The point in time: an ISO 8601 date for daily series, an ISO 8601 date-time for hourly series. */
                            time: string;
                            /** @description Unique active users on that date. */
                            dau: number;
                        }[];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    kpiMauDataSeries: {
        parameters: {
            query: {
                /** @description How many units (days or hours) of data to return, ending at `ending_at`. */
                length: components["parameters"]["Length"];
                /** @description The end of the series, as an ISO 8601 date-time. Defaults to the time of the request. */
                ending_at?: components["parameters"]["EndingAt"];
                /** @description Limits the data to one app of the workspace (an app identifier, not a credential). Omit it for the whole workspace. */
                app_id?: components["parameters"]["AppId"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The series, one point per unit of time, oldest first. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "message": "success",
                     *       "data": [
                     *         {
                     *           "time": "2018-06-27",
                     *           "mau": 40211
                     *         },
                     *         {
                     *           "time": "2018-06-28",
                     *           "mau": 40390
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["SuccessResponse"] & {
                        data: {
                            /** @description The point in time: an ISO 8601 date for daily series, an ISO 8601 date-time for hourly series. */
                            time: string;
                            /** @description Unique active users in the 30 days ending on that date. */
                            mau: number;
                        }[];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    kpiNewUsersDataSeries: {
        parameters: {
            query: {
                /** @description How many units (days or hours) of data to return, ending at `ending_at`. */
                length: components["parameters"]["Length"];
                /** @description The end of the series, as an ISO 8601 date-time. Defaults to the time of the request. */
                ending_at?: components["parameters"]["EndingAt"];
                /** @description Limits the data to one app of the workspace (an app identifier, not a credential). Omit it for the whole workspace. */
                app_id?: components["parameters"]["AppId"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The series, one point per unit of time, oldest first. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "message": "success",
                     *       "data": [
                     *         {
                     *           "time": "2018-06-27",
                     *           "new_users": 87
                     *         },
                     *         {
                     *           "time": "2018-06-28",
                     *           "new_users": 95
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["SuccessResponse"] & {
                        data: {
                            /** @description The point in time: an ISO 8601 date for daily series, an ISO 8601 date-time for hourly series. */
                            time: string;
                            /** @description Users new on that date. */
                            new_users: number;
                        }[];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    kpiUninstallsDataSeries: {
        parameters: {
            query: {
                /** @description How many units (days or hours) of data to return, ending at `ending_at`. */
                length: components["parameters"]["Length"];
                /** @description The end of the series, as an ISO 8601 date-time. Defaults to the time of the request. */
                ending_at?: components["parameters"]["EndingAt"];
                /** @description Limits the data to one app of the workspace (an app identifier, not a credential). Omit it for the whole workspace. */
                app_id?: components["parameters"]["AppId"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The series, one point per unit of time, oldest first. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "message": "success",
                     *       "data": [
                     *         {
                     *           "time": "2018-06-27",
                     *           "uninstalls": 12
                     *         },
                     *         {
                     *           "time": "2018-06-28",
                     *           "uninstalls": 9
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["SuccessResponse"] & {
                        data: {
                            /** @description The point in time: an ISO 8601 date for daily series, an ISO 8601 date-time for hourly series. */
                            time: string;
                            /** @description Uninstalls detected on that date. */
                            uninstalls: number;
                        }[];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    mediaLibraryCreate: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "asset_url": "https://cdn.example.com/assets/cat.jpg",
                 *       "name": "Cat Graphic"
                 *     }
                 */
                "application/json": {
                    /**
                     * Format: uri
                     * @description A publicly accessible URL of the asset to copy into Braze.
                     */
                    asset_url?: string;
                    /** @description The file's data, instead of `asset_url`. Braze's page shows the raw binary data in the JSON body without saying how it is encoded. */
                    asset_file?: string;
                    /** @description The name shown in the media library. Without it the original file name is used; for a ZIP file it becomes a prefix followed by an increasing number. */
                    name?: string;
                    /** @description Legacy (earlier page version) - the workspace identifier to upload into. */
                    app_group_id?: string;
                } & (unknown | unknown);
            };
        };
        responses: {
            /** @description The asset was added. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "new_assets": [
                     *         {
                     *           "name": "Cat Graphic",
                     *           "size": 52340,
                     *           "url": "https://cdn.example.com/braze/cat.jpg",
                     *           "ext": "jpg"
                     *         }
                     *       ],
                     *       "errors": [],
                     *       "dashboard_url": "https://dashboard-01.braze.com/media_library"
                     *     }
                     */
                    "application/json": {
                        /** @description The assets that were added. */
                        new_assets?: {
                            /** @description The asset's name. */
                            name?: string;
                            /** @description The asset's size in bytes. */
                            size?: number;
                            /** @description Where the asset can be downloaded. */
                            url?: string;
                            /** @description The file extension, such as `png` or `jpg`. */
                            ext?: string;
                        }[];
                        /** @description The files that could not be added (for example from a ZIP file). */
                        errors?: {
                            /** @description The file's name. */
                            name?: string;
                            /** @description The file's size in bytes. */
                            size?: number;
                            /** @description The file extension. */
                            ext?: string;
                            /** @description Why the file was not added. */
                            error?: string;
                        }[];
                        /** @description Where the asset can be seen in the Braze dashboard. */
                        dashboard_url?: string;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    mediaLibraryReplaceFile: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "asset_id": "5f8d7a1b2c3d4e5f6a7b8c9d",
                 *       "asset_url": "https://cdn.example.com/assets/cat.jpg"
                 *     }
                 */
                "application/json": {
                    /** @description The ID of the asset whose file is replaced. */
                    asset_id: string;
                    /**
                     * Format: uri
                     * @description A publicly accessible URL of the replacement file.
                     */
                    asset_url?: string;
                    /** @description The replacement file's data, instead of `asset_url`. Braze's page shows raw binary data in the JSON body without saying how it is encoded. */
                    asset_file?: string;
                } & (unknown | unknown);
            };
        };
        responses: {
            /** @description The asset's file was replaced. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "info": "Asset file updated successfully.",
                     *       "new_image_asset": {
                     *         "name": "cat.jpg",
                     *         "size": 48211,
                     *         "url": "https://cdn.example.com/braze/cat.jpg",
                     *         "ext": "jpg"
                     *       }
                     *     }
                     */
                    "application/json": {
                        /** @description A confirmation, such as "Asset file updated successfully.". */
                        info?: string;
                        /** @description The asset as it is now. */
                        new_image_asset?: {
                            /** @description The asset's name. */
                            name?: string;
                            /** @description The asset's size in bytes. */
                            size?: number;
                            /** @description Where the asset can be downloaded (unchanged by the replacement). */
                            url?: string;
                            /** @description The file extension, such as `png` or `jpg`. */
                            ext?: string;
                        };
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    messagesLiveActivityStart: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "app_id": "01234567-89ab-cdef-0123-456789abcdef",
                 *       "activity_id": "football-chiefs-bills-2024-01-21",
                 *       "content_state": {
                 *         "teamOneScore": 0,
                 *         "teamTwoScore": 0
                 *       },
                 *       "activity_attributes_type": "FootballActivity",
                 *       "activity_attributes": {
                 *         "team1Name": "Chiefs",
                 *         "team2Name": "Bills"
                 *       },
                 *       "dismissal_date": "2024-01-22T00:00:00+0000",
                 *       "stale_date": "2024-01-22T16:55:49+0000",
                 *       "notification": {
                 *         "alert": {
                 *           "body": "The game is starting! Tune in soon!",
                 *           "title": "Chiefs v. Bills"
                 *         }
                 *       },
                 *       "external_user_ids": [
                 *         "user-id1",
                 *         "user-id2"
                 *       ]
                 *     }
                 */
                "application/json": {
                    /** @description The app API identifier (from the API Keys page). */
                    app_id: string;
                    /** @description An ID of your choice for this activity, used later to update or end it. */
                    activity_id: string;
                    /** @description The activity attributes type registered in the app with `liveActivities.registerPushToStart`. */
                    activity_attributes_type: string;
                    /** @description The static attributes of the activity (values that do not change, such as team names). */
                    activity_attributes: {
                        [key: string]: unknown;
                    };
                    /** @description The initial `ContentState` values; the shape must match the one defined in the app. */
                    content_state: {
                        [key: string]: unknown;
                    };
                    /** @description When to remove the activity from the user's screen (ISO 8601); a past time removes it at once. */
                    dismissal_date?: string;
                    /** @description When the activity's content is shown as outdated (ISO 8601). */
                    stale_date?: string;
                    /** @description An Apple push object defining the alert shown with the activity (on the lock screen, as a banner, or on a paired Apple Watch); should include `alert.title` and `alert.body`. */
                    notification: components["schemas"]["ApplePushObject"];
                    /** @description External IDs of the users (up to 50, together with `user_aliases`). Required unless `user_aliases`, `segment_id` or `custom_audience` is given. */
                    external_user_ids?: string[];
                    /** @description Aliases of the users (up to 50, together with `external_user_ids`). Required unless `external_user_ids`, `segment_id` or `custom_audience` is given. */
                    user_aliases?: components["schemas"]["UserAlias"][];
                    /** @description The segment to start the activity for. Required unless `external_user_ids` or `custom_audience` is given. */
                    segment_id?: string;
                    /** @description A connected audience to start the activity for. Required unless `external_user_ids` or `segment_id` is given. */
                    custom_audience?: components["schemas"]["ConnectedAudience"];
                } | unknown | unknown | unknown | unknown;
            };
        };
        responses: {
            /** @description The request was accepted. */
            201: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "message": "success"
                     *     }
                     */
                    "application/json": components["schemas"]["SuccessResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    messagesLiveActivityUpdate: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "app_id": "01234567-89ab-cdef-0123-456789abcdef",
                 *       "activity_id": "live-activity-1",
                 *       "content_state": {
                 *         "teamOneScore": 2,
                 *         "teamTwoScore": 4
                 *       },
                 *       "end_activity": false,
                 *       "dismissal_date": "2023-02-28T00:00:00+0000",
                 *       "stale_date": "2023-02-27T16:55:49+0000",
                 *       "notification": {
                 *         "alert": {
                 *           "body": "It's halftime! Let's look at the scores",
                 *           "title": "Halftime"
                 *         }
                 *       }
                 *     }
                 */
                "application/json": {
                    /** @description The app API identifier (from the API Keys page). */
                    app_id: string;
                    /** @description The custom string given as `pushTokenTag` when the activity was registered. */
                    activity_id: string;
                    /** @description The new `ContentState` values; the shape must match the one defined in the app. */
                    content_state: {
                        [key: string]: unknown;
                    };
                    /**
                     * @description End the Live Activity with this update.
                     * @default false
                     */
                    end_activity?: boolean;
                    /** @description When to remove the activity from the user's screen (ISO 8601). With `end_activity: true` a past time removes it at once; otherwise it only updates the activity. */
                    dismissal_date?: string;
                    /** @description When the activity's content is shown as outdated (ISO 8601). */
                    stale_date?: string;
                    /** @description An Apple push object defining an alert for the update (on the lock screen, as a banner, or on a paired Apple Watch). */
                    notification?: components["schemas"]["ApplePushObject"];
                };
            };
        };
        responses: {
            /** @description The request was accepted. */
            201: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "message": "success"
                     *     }
                     */
                    "application/json": components["schemas"]["SuccessResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    messagesScheduleCreate: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "segment_id": "3b6f8b2c-6a0e-4d43-9c7a-2d1a0f6c1b9e",
                 *       "broadcast": true,
                 *       "campaign_id": "9c2fefcd-9115-3932-f771-c7f43d18d6b6",
                 *       "schedule": {
                 *         "time": "2025-05-24T20:30:36",
                 *         "in_local_time": true
                 *       },
                 *       "messages": {
                 *         "content_card": {
                 *           "type": "CLASSIC",
                 *           "title": "Summer sale",
                 *           "description": "20% off everything this weekend.",
                 *           "time_to_live": 172800
                 *         },
                 *         "sms": {
                 *           "subscription_group_id": "1f2c0c59-1b0e-4d54-9d6b-2fd3f5b9c0a1",
                 *           "app_id": "153e8a29-fd6d-4f77-ade7-1a4ca08d457a",
                 *           "body": "Our summer sale starts now!"
                 *         }
                 *       }
                 *     }
                 */
                "application/json": {
                    /**
                     * @description Must be `true` to send to a whole segment or audience without listing users; cannot be combined with a list of users.
                     * @default false
                     */
                    broadcast?: boolean;
                    /** @description External IDs of the users to message (up to 50). */
                    external_user_ids?: string[];
                    /** @description Aliases of the users to message (up to 50). */
                    user_aliases?: components["schemas"]["UserAlias"][];
                    /** @description A connected audience: only users matching these filters receive the message. */
                    audience?: components["schemas"]["ConnectedAudience"];
                    /** @description The API identifier of a segment to send to. */
                    segment_id?: string;
                    /** @description An API campaign to attribute the send to (for dashboard statistics). */
                    campaign_id?: string;
                    /** @description A send identifier for tracking this send. */
                    send_id?: string;
                    /**
                     * @description Ignore frequency capping rules for this send.
                     * @default false
                     */
                    override_messaging_limits?: boolean;
                    /**
                     * @description Which users can receive it (opted-in only, subscribed or opted-in, or all including unsubscribed).
                     * @default subscribed
                     * @enum {string}
                     */
                    recipient_subscription_state?: "opted_in" | "subscribed" | "all";
                    /** @description When to send. */
                    schedule: components["schemas"]["Schedule"];
                    /** @description The message content, one object per channel. */
                    messages?: components["schemas"]["MessagingObjects"];
                };
            };
        };
        responses: {
            /** @description The message was scheduled. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "dispatch_id": "dispatch_identifier",
                     *       "schedule_id": "schedule_identifier",
                     *       "message": "success"
                     *     }
                     */
                    "application/json": components["schemas"]["ScheduleCreateResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    messagesScheduleDelete: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "schedule_id": "schedule_identifier"
                 *     }
                 */
                "application/json": {
                    /** @description The `schedule_id` of the message to cancel. */
                    schedule_id: string;
                };
            };
        };
        responses: {
            /** @description The schedule was cancelled. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "message": "success"
                     *     }
                     */
                    "application/json": components["schemas"]["SuccessResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    messagesScheduleUpdate: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "schedule_id": "schedule_identifier",
                 *       "schedule": {
                 *         "time": "2025-05-24T20:30:36Z"
                 *       },
                 *       "messages": {
                 *         "apple_push": {
                 *           "alert": "Updated message!",
                 *           "badge": 1
                 *         },
                 *         "android_push": {
                 *           "title": "Updated title!",
                 *           "alert": "Updated message!"
                 *         },
                 *         "sms": {
                 *           "subscription_group_id": "subscription_group_identifier",
                 *           "message_variation_id": "message_variation_identifier",
                 *           "body": "This is my SMS body.",
                 *           "app_id": "app_identifier"
                 *         }
                 *       }
                 *     }
                 */
                "application/json": {
                    /** @description The `schedule_id` returned when the message was scheduled. */
                    schedule_id: string;
                    /** @description When to send. */
                    schedule?: components["schemas"]["Schedule"];
                    /** @description The message content, one object per channel. */
                    messages?: components["schemas"]["MessagingObjects"];
                } | unknown | unknown;
            };
        };
        responses: {
            /** @description The schedule was updated. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "message": "success"
                     *     }
                     */
                    "application/json": components["schemas"]["SuccessResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    messagesScheduledBroadcasts: {
        parameters: {
            query: {
                /**
                 * @description The end of the range, as an ISO 8601 date-time; Braze treats it as midnight UTC of that day.
                 * @example 2018-09-01T00:00:00-04:00
                 */
                end_time: components["schemas"]["Iso8601DateTime"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The scheduled campaigns and Canvases. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "scheduled_broadcasts": [
                     *         {
                     *           "name": "Weekly newsletter",
                     *           "id": "3b6f8b2c-6a0e-4d43-9c7a-2d1a0f6c1b9e",
                     *           "type": "Campaign",
                     *           "tags": [
                     *             "newsletter"
                     *           ],
                     *           "next_send_time": "2018-08-30T09:00:00-04:00",
                     *           "schedule_type": "America/New_York"
                     *         },
                     *         {
                     *           "name": "Onboarding journey",
                     *           "id": "0a1b2c3d-4e5f-6a7b-8c9d-0e1f2a3b4c5d",
                     *           "type": "Canvas",
                     *           "tags": [],
                     *           "next_send_time": "2018-08-31T10:00:00",
                     *           "schedule_type": "local_time_zones"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["ScheduledBroadcastsResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    messagesSend: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "external_user_ids": [
                 *         "user_1",
                 *         "user_2"
                 *       ],
                 *       "campaign_id": "9c2fefcd-9115-3932-f771-c7f43d18d6b6",
                 *       "recipient_subscription_state": "subscribed",
                 *       "messages": {
                 *         "apple_push": {
                 *           "alert": {
                 *             "title": "Hello!",
                 *             "body": "Your order has shipped."
                 *           },
                 *           "message_variation_id": "iosPush-640"
                 *         },
                 *         "android_push": {
                 *           "title": "Hello!",
                 *           "alert": "Your order has shipped."
                 *         },
                 *         "email": {
                 *           "app_id": "153e8a29-fd6d-4f77-ade7-1a4ca08d457a",
                 *           "from": "Company <mail@e.company.com>",
                 *           "subject": "Your order has shipped",
                 *           "body": "<html><body>Your order is on its way.</body></html>",
                 *           "attachments": [
                 *             {
                 *               "file_name": "receipt",
                 *               "url": "https://fileserver.company.com/receipt.pdf"
                 *             }
                 *           ]
                 *         }
                 *       }
                 *     }
                 */
                "application/json": {
                    /**
                     * @description Must be `true` to send to a whole segment or audience without listing users. Cannot be combined with a list of users; use with care, as it can reach a large audience.
                     * @default false
                     */
                    broadcast?: boolean;
                    /** @description External IDs of the users to message (up to 50). */
                    external_user_ids?: string[];
                    /** @description Aliases of the users to message (up to 50). */
                    user_aliases?: components["schemas"]["UserAlias"][];
                    /** @description The API identifier of a segment to send to. */
                    segment_id?: string;
                    /** @description A connected audience: only users matching these filters receive the message. */
                    audience?: components["schemas"]["ConnectedAudience"];
                    /** @description An API campaign to attribute the send to; required to see sends, opens, clicks and so on in the dashboard. */
                    campaign_id?: string;
                    /** @description A send identifier (see `/sends/id/create`) for tracking this send. */
                    send_id?: string;
                    /**
                     * @description Ignore the workspace's frequency capping for this send.
                     * @default false
                     */
                    override_frequency_capping?: boolean;
                    /**
                     * @description Which users can receive it: only opted-in users, subscribed or opted-in users, or all users including unsubscribed ones (useful for transactional email).
                     * @default subscribed
                     * @enum {string}
                     */
                    recipient_subscription_state?: "opted_in" | "subscribed" | "all";
                    /** @description The message content, one object per channel. */
                    messages?: components["schemas"]["MessagingObjects"];
                };
            };
        };
        responses: {
            /** @description The send was accepted; the response carries the dispatch ID. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "dispatch_id": "66cd5b4d2e05f1ef6ed3fa92b59a30ae",
                     *       "message": "success"
                     *     }
                     */
                    "application/json": components["schemas"]["SendResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    preferenceCenterCreate: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "My_Preference_Center",
                 *       "preference_center_title": "Email preferences",
                 *       "preference_center_page_html": "<!doctype html><html><body><form action=\"{{ preference_center_submit_url }}\" method=\"post\"></form></body></html>",
                 *       "confirmation_page_html": "<html><body>Your preferences were saved.</body></html>",
                 *       "state": "active",
                 *       "options": {
                 *         "meta-viewport-content": "width=device-width, initial-scale=1",
                 *         "links-tags": [
                 *           {
                 *             "rel": "icon",
                 *             "type": "image/png",
                 *             "sizes": "32x32",
                 *             "href": "https://www.example.com/favicon-32.png"
                 *           }
                 *         ]
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["PreferenceCenterWrite"] & {
                    /** @default active */
                    state?: unknown;
                };
            };
        };
        responses: {
            /** @description The preference center was created. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "preference_center_api_id": "preference_center_api_id_example",
                     *       "liquid_tag": "{{preference_center.${MyPreferenceCenter2022-09-22}}}",
                     *       "created_at": "2022-09-22T18:28:07+00:00",
                     *       "message": "success"
                     *     }
                     */
                    "application/json": components["schemas"]["SuccessResponse"] & {
                        /** @description The new preference center's API identifier. */
                        preference_center_api_id: string;
                        /** @description The Liquid tag that renders a link to this preference center in messages. */
                        liquid_tag?: string;
                        /** @description When it was created (ISO 8601). */
                        created_at?: string;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    preferenceCenterList: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The preference centers. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "preference_centers": [
                     *         {
                     *           "name": "My Preference Center 1",
                     *           "preference_center_api_id": "preference_center_api_id",
                     *           "created_at": "2022-08-17T15:46:10Z",
                     *           "updated_at": "2022-08-17T15:46:10Z"
                     *         },
                     *         {
                     *           "name": "My Preference Center 2",
                     *           "preference_center_api_id": "preference_center_api_id",
                     *           "created_at": "2022-08-19T11:13:06Z",
                     *           "updated_at": "2022-08-19T11:13:06Z"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": {
                        /** @description The preference centers. */
                        preference_centers: components["schemas"]["PreferenceCenterSummary"][];
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    preferenceCenterGet: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The preference center's ID (its `preference_center_api_id`).
                 * @example 8efc52aa-935e-42b7-bd6b-98f43bb9b0f1
                 */
                preferenceCenterExternalID: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The preference center. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "name": "My Preference Center",
                     *       "preference_center_api_id": "preference_center_api_id",
                     *       "created_at": "2022-08-17T15:46:10Z",
                     *       "updated_at": "2022-08-17T15:46:10Z",
                     *       "preference_center_title": "Example preference center title",
                     *       "preference_center_page_html": "HTML for preference center here",
                     *       "confirmation_page_html": "HTML for confirmation page here",
                     *       "redirect_page_html": null,
                     *       "preference_center_options": {
                     *         "meta-viewport-content": "width=device-width, initial-scale=2"
                     *       },
                     *       "state": "active"
                     *     }
                     */
                    "application/json": components["schemas"]["PreferenceCenterDetails"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    preferenceCenterUpdate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The preference center's ID (its `preference_center_api_id`).
                 * @example 8efc52aa-935e-42b7-bd6b-98f43bb9b0f1
                 */
                preferenceCenterExternalID: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "Example",
                 *       "preference_center_title": "Example Preference Center Title",
                 *       "preference_center_page_html": "HTML for preference center here",
                 *       "confirmation_page_html": "HTML here with a message to users here",
                 *       "state": "active"
                 *     }
                 */
                "application/json": components["schemas"]["PreferenceCenterWrite"];
            };
        };
        responses: {
            /** @description The preference center was updated. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "preference_center_api_id": "8efc52aa-935e-42b7-bd6b-98f43bb9b0f1",
                     *       "created_at": "2022-09-22T18:28:07Z",
                     *       "updated_at": "2022-09-22T18:32:07Z",
                     *       "message": "success"
                     *     }
                     */
                    "application/json": components["schemas"]["SuccessResponse"] & {
                        /** @description The preference center's API identifier. */
                        preference_center_api_id?: string;
                        /** @description When it was created (ISO 8601). */
                        created_at?: string;
                        /** @description When it was last updated (ISO 8601). */
                        updated_at?: string;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    preferenceCenterUserUrl: {
        parameters: {
            query?: {
                /** @description The preference center's ID (repeats the path parameter). */
                preference_center_api_id?: string;
                /** @description The user's external ID (repeats the path parameter). */
                external_id?: string;
            };
            header?: never;
            path: {
                /**
                 * @description The preference center's ID.
                 * @example 8efc52aa-935e-42b7-bd6b-98f43bb9b0f1
                 */
                preferenceCenterExternalID: string;
                /**
                 * @description The user's external ID.
                 * @example user_1
                 */
                userID: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The user's preference center URL. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "preference_center_url": "https://www.example.com/preferences"
                     *     }
                     */
                    "application/json": {
                        /**
                         * Format: uri
                         * @description The user's personal preference center URL.
                         */
                        preference_center_url: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    purchasesProductList: {
        parameters: {
            query?: {
                /**
                 * @description The page of the product list to return.
                 * @example 1
                 */
                page?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of product IDs. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "products": [
                     *         "backpack",
                     *         "pencil"
                     *       ],
                     *       "message": "success"
                     *     }
                     */
                    "application/json": components["schemas"]["SuccessResponse"] & {
                        /** @description Product IDs. */
                        products: string[];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    purchasesQuantitySeries: {
        parameters: {
            query: {
                /** @description The end of the series, as an ISO 8601 date-time. Defaults to the time of the request. */
                ending_at?: components["parameters"]["EndingAt"];
                /** @description How many units (days or hours) of data to return, ending at `ending_at`. */
                length: components["parameters"]["Length"];
                /** @description The unit of time between data points. Defaults to `day`. */
                unit?: components["parameters"]["Unit"];
                /** @description Limits the data to one app of the workspace (an app identifier, not a credential). Omit it for the whole workspace. */
                app_id?: components["parameters"]["AppId"];
                /**
                 * @description Only count purchases of this product ID; all products when omitted.
                 * @example backpack
                 */
                product?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The series, one point per unit of time, oldest first. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "message": "success",
                     *       "data": [
                     *         {
                     *           "time": "2018-06-27",
                     *           "purchase_quantity": 31
                     *         },
                     *         {
                     *           "time": "2018-06-28",
                     *           "purchase_quantity": 28
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["SuccessResponse"] & {
                        data: {
                            /** @description The point in time: an ISO 8601 date for daily series, an ISO 8601 date-time for hourly series. */
                            time: string;
                            /** @description Items purchased in that period. */
                            purchase_quantity: number;
                        }[];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    purchasesRevenueSeries: {
        parameters: {
            query: {
                /** @description The end of the series, as an ISO 8601 date-time. Defaults to the time of the request. */
                ending_at?: components["parameters"]["EndingAt"];
                /** @description How many units (days or hours) of data to return, ending at `ending_at`. */
                length: components["parameters"]["Length"];
                /** @description The unit of time between data points. Defaults to `day`. */
                unit?: components["parameters"]["Unit"];
                /** @description Limits the data to one app of the workspace (an app identifier, not a credential). Omit it for the whole workspace. */
                app_id?: components["parameters"]["AppId"];
                /**
                 * @description Only count purchases of this product ID; all products when omitted.
                 * @example backpack
                 */
                product?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The series, one point per unit of time, oldest first. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "message": "success",
                     *       "data": [
                     *         {
                     *           "time": "2018-06-27",
                     *           "revenue": 1204.5
                     *         },
                     *         {
                     *           "time": "2018-06-28",
                     *           "revenue": 998.25
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["SuccessResponse"] & {
                        data: {
                            /** @description The point in time: an ISO 8601 date for daily series, an ISO 8601 date-time for hourly series. */
                            time: string;
                            /** @description Money spent in that period. */
                            revenue: number;
                        }[];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    scimUsersSearch: {
        parameters: {
            query: {
                /**
                 * @description A SCIM filter on the email address: `userName eq "<email>"`. Only this form is documented.
                 * @example userName eq "user@test.com"
                 */
                filter: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The users matching the filter. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "schemas": [
                     *         "urn:ietf:params:scim:api:messages:2.0:ListResponse"
                     *       ],
                     *       "totalResults": 1,
                     *       "Resources": [
                     *         {
                     *           "userName": "user@test.com",
                     *           "id": "dfa245b7-24195aec-887bb3ad-602b3340",
                     *           "name": {
                     *             "givenName": "Test",
                     *             "familyName": "User"
                     *           },
                     *           "department": "finance",
                     *           "lastSignInAt": "Thursday, January 1, 1970 12:00:00 AM",
                     *           "permissions": {
                     *             "companyPermissions": [
                     *               "manage_company_settings"
                     *             ],
                     *             "appGroup": [
                     *               {
                     *                 "appGroupId": "241adcd25789fabcded",
                     *                 "appGroupName": "Test Workspace",
                     *                 "appGroupPermissions": [
                     *                   "basic_access",
                     *                   "send_campaigns_canvases"
                     *                 ],
                     *                 "team": [
                     *                   {
                     *                     "teamId": "241adcd25789fabcded",
                     *                     "teamName": "Test Team",
                     *                     "teamPermissions": [
                     *                       "admin"
                     *                     ]
                     *                   }
                     *                 ]
                     *               }
                     *             ]
                     *           },
                     *           "schemas": [
                     *             "urn:ietf:params:scim:schemas:core:2.0:User"
                     *           ]
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["ScimUserListResponse"];
                };
            };
            400: components["responses"]["ScimBadRequest"];
            401: components["responses"]["ScimUnauthorized"];
            403: components["responses"]["ScimForbidden"];
            429: components["responses"]["ScimTooManyRequests"];
            "5XX": components["responses"]["ScimServerError"];
        };
    };
    scimUsersCreate: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "schemas": [
                 *         "urn:ietf:params:scim:schemas:core:2.0:User"
                 *       ],
                 *       "userName": "user@test.com",
                 *       "name": {
                 *         "givenName": "Test",
                 *         "familyName": "User"
                 *       },
                 *       "department": "finance",
                 *       "permissions": {
                 *         "companyPermissions": [
                 *           "manage_company_settings"
                 *         ],
                 *         "roles": [
                 *           {
                 *             "roleName": "Test Role"
                 *           },
                 *           {
                 *             "roleId": "2519dafcdba238ae7"
                 *           }
                 *         ],
                 *         "appGroup": [
                 *           {
                 *             "appGroupName": "Test Workspace",
                 *             "appGroupPermissions": [
                 *               "basic_access",
                 *               "send_campaigns_canvases"
                 *             ],
                 *             "team": [
                 *               {
                 *                 "teamName": "Test Team",
                 *                 "teamPermissions": [
                 *                   "basic_access",
                 *                   "export_user_data"
                 *                 ]
                 *               }
                 *             ]
                 *           },
                 *           {
                 *             "appGroupName": "Other Test Workspace",
                 *             "appGroupPermissionSets": [
                 *               {
                 *                 "appGroupPermissionSetName": "Test Permission Set"
                 *               }
                 *             ]
                 *           }
                 *         ]
                 *       }
                 *     }
                 */
                "application/json": {
                    /** @description The SCIM schema URNs; must contain `urn:ietf:params:scim:schemas:core:2.0:User`. */
                    schemas: string[];
                    /**
                     * Format: email
                     * @description The user's email address; it cannot be changed later through SCIM.
                     */
                    userName: string;
                    name: components["schemas"]["ScimName"];
                    department: components["schemas"]["ScimDepartment"];
                    permissions?: components["schemas"]["ScimPermissions"];
                };
            };
        };
        responses: {
            /** @description The account was created. */
            201: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "schemas": [
                     *         "urn:ietf:params:scim:schemas:core:2.0:User"
                     *       ],
                     *       "id": "dfa245b7-24195aec-887bb3ad-602b3340",
                     *       "userName": "user@test.com",
                     *       "name": {
                     *         "givenName": "Test",
                     *         "familyName": "User"
                     *       },
                     *       "department": "finance",
                     *       "lastSignInAt": "Thursday, January 1, 1970 12:00:00 AM",
                     *       "permissions": {
                     *         "companyPermissions": [
                     *           "manage_company_settings"
                     *         ],
                     *         "roles": [
                     *           {
                     *             "roleName": "Test Role",
                     *             "roleId": "519dafcdba23dfaae7",
                     *             "appGroup": [
                     *               {
                     *                 "appGroupId": "241adcd25789fabcded",
                     *                 "appGroupName": "Some Workspace",
                     *                 "appGroupPermissions": [
                     *                   "basic_access",
                     *                   "publish_cards"
                     *                 ],
                     *                 "team": [
                     *                   {
                     *                     "teamId": "2519dafcdba238ae7",
                     *                     "teamName": "Some Team",
                     *                     "teamPermissions": [
                     *                       "export_user_data"
                     *                     ]
                     *                   }
                     *                 ]
                     *               }
                     *             ]
                     *           },
                     *           {
                     *             "roleName": "Another Test Role",
                     *             "roleId": "23125dad23dfaae7",
                     *             "appGroup": [
                     *               {
                     *                 "appGroupId": "241adcd25adfabcded",
                     *                 "appGroupName": "Production Workspace",
                     *                 "appGroupPermissionSets": [
                     *                   {
                     *                     "appGroupPermissionSetName": "A Permission Set",
                     *                     "appGroupPermissionSetId": "dfa385109bc38",
                     *                     "permissions": [
                     *                       "basic_access",
                     *                       "publish_cards"
                     *                     ]
                     *                   }
                     *                 ]
                     *               }
                     *             ]
                     *           }
                     *         ],
                     *         "appGroup": [
                     *           {
                     *             "appGroupId": "241adcd25789fabcded",
                     *             "appGroupName": "Test Workspace",
                     *             "appGroupPermissions": [
                     *               "basic_access",
                     *               "send_campaigns_canvases"
                     *             ],
                     *             "team": [
                     *               {
                     *                 "teamId": "2519dafcdba238ae7",
                     *                 "teamName": "Test Team",
                     *                 "teamPermissions": [
                     *                   "basic_access",
                     *                   "export_user_data"
                     *                 ]
                     *               }
                     *             ]
                     *           },
                     *           {
                     *             "appGroupName": "Other Test Workspace",
                     *             "appGroupPermissionSets": [
                     *               {
                     *                 "appGroupPermissionSetName": "Test Permission Set"
                     *               }
                     *             ]
                     *           }
                     *         ]
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ScimUser"];
                };
            };
            400: components["responses"]["ScimBadRequest"];
            401: components["responses"]["ScimUnauthorized"];
            403: components["responses"]["ScimForbidden"];
            409: components["responses"]["ScimConflict"];
            429: components["responses"]["ScimTooManyRequests"];
            "5XX": components["responses"]["ScimServerError"];
        };
    };
    scimUsersGet: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The user's SCIM resource ID, as returned by `POST /scim/v2/Users` or by a search on `GET /scim/v2/Users?filter=userName eq "…"`.
                 * @example dfa245b7-24195aec-887bb3ad-602b3340
                 */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The account. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "schemas": [
                     *         "urn:ietf:params:scim:schemas:core:2.0:User"
                     *       ],
                     *       "id": "dfa245b7-24195aec-887bb3ad-602b3340",
                     *       "userName": "user@test.com",
                     *       "name": {
                     *         "givenName": "Test",
                     *         "familyName": "User"
                     *       },
                     *       "department": "finance",
                     *       "lastSignInAt": "Thursday, January 1, 1970 12:00:00 AM",
                     *       "createdAt": "Thursday, January 1, 1970 12:00:00 AM",
                     *       "permissions": {
                     *         "companyPermissions": [
                     *           "manage_company_settings"
                     *         ],
                     *         "roles": [
                     *           {
                     *             "roleName": "Test Role",
                     *             "roleId": "519dafcdba23dfaae7",
                     *             "appGroup": [
                     *               {
                     *                 "appGroupId": "241adcd25789fabcded",
                     *                 "appGroupName": "Some Workspace",
                     *                 "appGroupPermissions": [
                     *                   "basic_access",
                     *                   "publish_cards"
                     *                 ],
                     *                 "team": [
                     *                   {
                     *                     "teamId": "2519dafcdba238ae7",
                     *                     "teamName": "Some Team",
                     *                     "teamPermissions": [
                     *                       "export_user_data"
                     *                     ]
                     *                   }
                     *                 ]
                     *               }
                     *             ]
                     *           },
                     *           {
                     *             "roleName": "Another Test Role",
                     *             "roleId": "23125dad23dfaae7",
                     *             "appGroup": [
                     *               {
                     *                 "appGroupId": "241adcd25adfabcded",
                     *                 "appGroupName": "Production Workspace",
                     *                 "appGroupPermissionSets": [
                     *                   {
                     *                     "appGroupPermissionSetName": "A Permission Set",
                     *                     "appGroupPermissionSetId": "dfa385109bc38",
                     *                     "permissions": [
                     *                       "basic_access",
                     *                       "publish_cards"
                     *                     ]
                     *                   }
                     *                 ]
                     *               }
                     *             ]
                     *           }
                     *         ],
                     *         "appGroup": [
                     *           {
                     *             "appGroupId": "241adcd25789fabcded",
                     *             "appGroupName": "Test Workspace",
                     *             "appGroupPermissions": [
                     *               "basic_access",
                     *               "send_campaigns_canvases"
                     *             ],
                     *             "team": [
                     *               {
                     *                 "teamId": "2519dafcdba238ae7",
                     *                 "teamName": "Test Team",
                     *                 "teamPermissions": [
                     *                   "basic_access",
                     *                   "export_user_data"
                     *                 ]
                     *               }
                     *             ]
                     *           },
                     *           {
                     *             "appGroupName": "Other Test Workspace",
                     *             "appGroupPermissionSets": [
                     *               {
                     *                 "appGroupPermissionSetName": "Test Permission Set"
                     *               }
                     *             ]
                     *           }
                     *         ]
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ScimUser"];
                };
            };
            400: components["responses"]["ScimBadRequest"];
            401: components["responses"]["ScimUnauthorized"];
            403: components["responses"]["ScimForbidden"];
            404: components["responses"]["ScimNotFound"];
            429: components["responses"]["ScimTooManyRequests"];
            "5XX": components["responses"]["ScimServerError"];
        };
    };
    scimUsersReplace: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The user's SCIM resource ID, as returned by `POST /scim/v2/Users` or by a search on `GET /scim/v2/Users?filter=userName eq "…"`.
                 * @example dfa245b7-24195aec-887bb3ad-602b3340
                 */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "schemas": [
                 *         "urn:ietf:params:scim:schemas:core:2.0:User"
                 *       ],
                 *       "name": {
                 *         "givenName": "Test",
                 *         "familyName": "User"
                 *       },
                 *       "department": "finance",
                 *       "permissions": {
                 *         "companyPermissions": [
                 *           "manage_company_settings"
                 *         ],
                 *         "roles": [
                 *           {
                 *             "roleName": "Test Role"
                 *           },
                 *           {
                 *             "roleId": "2519dafcdba238ae7"
                 *           }
                 *         ],
                 *         "appGroup": [
                 *           {
                 *             "appGroupName": "Test Workspace",
                 *             "appGroupPermissions": [
                 *               "basic_access",
                 *               "send_campaigns_canvases"
                 *             ],
                 *             "team": [
                 *               {
                 *                 "teamName": "Test Team",
                 *                 "teamPermissions": [
                 *                   "basic_access",
                 *                   "export_user_data"
                 *                 ]
                 *               }
                 *             ]
                 *           },
                 *           {
                 *             "appGroupName": "Other Test Workspace",
                 *             "appGroupPermissionSets": [
                 *               {
                 *                 "appGroupPermissionSetName": "Test Permission Set"
                 *               }
                 *             ]
                 *           }
                 *         ]
                 *       }
                 *     }
                 */
                "application/json": {
                    /** @description The SCIM schema URNs; must contain `urn:ietf:params:scim:schemas:core:2.0:User`. */
                    schemas: string[];
                    name: components["schemas"]["ScimName"];
                    department: components["schemas"]["ScimDepartment"];
                    permissions: components["schemas"]["ScimPermissions"];
                };
            };
        };
        responses: {
            /** @description The updated account. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "schemas": [
                     *         "urn:ietf:params:scim:schemas:core:2.0:User"
                     *       ],
                     *       "id": "dfa245b7-24195aec-887bb3ad-602b3340",
                     *       "userName": "user@test.com",
                     *       "name": {
                     *         "givenName": "Test",
                     *         "familyName": "User"
                     *       },
                     *       "department": "finance",
                     *       "lastSignInAt": "Thursday, January 1, 1970 12:00:00 AM",
                     *       "permissions": {
                     *         "companyPermissions": [
                     *           "manage_company_settings"
                     *         ],
                     *         "roles": [
                     *           {
                     *             "roleName": "Test Role",
                     *             "roleId": "519dafcdba23dfaae7",
                     *             "appGroup": [
                     *               {
                     *                 "appGroupId": "241adcd25789fabcded",
                     *                 "appGroupName": "Some Workspace",
                     *                 "appGroupPermissions": [
                     *                   "basic_access",
                     *                   "publish_cards"
                     *                 ],
                     *                 "team": [
                     *                   {
                     *                     "teamId": "2519dafcdba238ae7",
                     *                     "teamName": "Some Team",
                     *                     "teamPermissions": [
                     *                       "export_user_data"
                     *                     ]
                     *                   }
                     *                 ]
                     *               }
                     *             ]
                     *           },
                     *           {
                     *             "roleName": "Another Test Role",
                     *             "roleId": "23125dad23dfaae7",
                     *             "appGroup": [
                     *               {
                     *                 "appGroupId": "241adcd25adfabcded",
                     *                 "appGroupName": "Production Workspace",
                     *                 "appGroupPermissionSets": [
                     *                   {
                     *                     "appGroupPermissionSetName": "A Permission Set",
                     *                     "appGroupPermissionSetId": "dfa385109bc38",
                     *                     "permissions": [
                     *                       "basic_access",
                     *                       "publish_cards"
                     *                     ]
                     *                   }
                     *                 ]
                     *               }
                     *             ]
                     *           }
                     *         ],
                     *         "appGroup": [
                     *           {
                     *             "appGroupId": "241adcd25789fabcded",
                     *             "appGroupName": "Test Workspace",
                     *             "appGroupPermissions": [
                     *               "basic_access",
                     *               "send_campaigns_canvases"
                     *             ],
                     *             "team": [
                     *               {
                     *                 "teamId": "2519dafcdba238ae7",
                     *                 "teamName": "Test Team",
                     *                 "teamPermissions": [
                     *                   "basic_access",
                     *                   "export_user_data"
                     *                 ]
                     *               }
                     *             ]
                     *           },
                     *           {
                     *             "appGroupName": "Other Test Workspace",
                     *             "appGroupPermissionSets": [
                     *               {
                     *                 "appGroupPermissionSetName": "Test Permission Set"
                     *               }
                     *             ]
                     *           }
                     *         ]
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ScimUser"];
                };
            };
            400: components["responses"]["ScimBadRequest"];
            401: components["responses"]["ScimUnauthorized"];
            403: components["responses"]["ScimForbidden"];
            404: components["responses"]["ScimNotFound"];
            429: components["responses"]["ScimTooManyRequests"];
            "5XX": components["responses"]["ScimServerError"];
        };
    };
    scimUsersDelete: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The user's SCIM resource ID, as returned by `POST /scim/v2/Users` or by a search on `GET /scim/v2/Users?filter=userName eq "…"`.
                 * @example dfa245b7-24195aec-887bb3ad-602b3340
                 */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The account was deleted (no body). */
            204: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["ScimBadRequest"];
            401: components["responses"]["ScimUnauthorized"];
            403: components["responses"]["ScimForbidden"];
            404: components["responses"]["ScimNotFound"];
            429: components["responses"]["ScimTooManyRequests"];
            "5XX": components["responses"]["ScimServerError"];
        };
    };
    segmentsDataSeries: {
        parameters: {
            query: {
                /**
                 * @description The segment API identifier (from the API Keys page or `/segments/list`).
                 * @example 3bbc4555-8fa0-4c9b-a5c0-4505edf3e064
                 */
                segment_id: string;
                /** @description How many units (days or hours) of data to return, ending at `ending_at`. */
                length: components["parameters"]["Length"];
                /** @description The end of the series, as an ISO 8601 date-time. Defaults to the time of the request. */
                ending_at?: components["parameters"]["EndingAt"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The series, one point per unit of time, oldest first. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "message": "success",
                     *       "data": [
                     *         {
                     *           "time": "2018-06-27",
                     *           "size": 10380
                     *         },
                     *         {
                     *           "time": "2018-06-28",
                     *           "size": 10412
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["SuccessResponse"] & {
                        data: {
                            /** @description The point in time: an ISO 8601 date for daily series, an ISO 8601 date-time for hourly series. */
                            time: string;
                            /** @description The estimated size of the segment on that date. */
                            size: number;
                        }[];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    segmentsDetails: {
        parameters: {
            query: {
                /**
                 * @description The segment API identifier (from the API Keys page or `/segments/list`).
                 * @example 3bbc4555-8fa0-4c9b-a5c0-4505edf3e064
                 */
                segment_id: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The segment's details. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "message": "success",
                     *       "created_at": "2021-03-01T10:15:00+00:00",
                     *       "updated_at": "2022-05-10T08:40:12+00:00",
                     *       "name": "Lapsed users",
                     *       "description": "Last used these apps more than 30 days ago: MyApp",
                     *       "text_description": "Users who have not opened the app in a month",
                     *       "tags": [
                     *         "Retention"
                     *       ],
                     *       "teams": [
                     *         "Growth"
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["SuccessResponse"] & {
                        /** @description When the segment was created (ISO 8601). */
                        created_at?: string;
                        /** @description When the segment was last updated (ISO 8601). */
                        updated_at?: string;
                        /** @description The segment name. */
                        name?: string;
                        /** @description A human-readable description of the segment's filters. */
                        description?: string;
                        /** @description The segment's own description. */
                        text_description?: string | null;
                        /** @description Tags attached to the segment. */
                        tags?: string[];
                        /** @description Names of the Teams the segment belongs to. */
                        teams?: string[];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    segmentsList: {
        parameters: {
            query?: {
                /**
                 * @description The page of segments to return, starting at 0.
                 * @example 1
                 */
                page?: number;
                /** @description `asc` (default) lists the oldest first by creation time, `desc` the newest first. */
                sort_direction?: "asc" | "desc";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of segments. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "message": "success",
                     *       "segments": [
                     *         {
                     *           "id": "3bbc4555-8fa0-4c9b-a5c0-4505edf3e064",
                     *           "name": "Lapsed users",
                     *           "analytics_tracking_enabled": true,
                     *           "tags": [
                     *             "Retention"
                     *           ]
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["SuccessResponse"] & {
                        segments: components["schemas"]["SegmentSummary"][];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    sendsDataSeries: {
        parameters: {
            query: {
                /**
                 * @description The API campaign's identifier.
                 * @example 9c2fefcd-9115-3932-f771-c7f43d18d6b6
                 */
                campaign_id: string;
                /**
                 * @description The send identifier.
                 * @example send_identifier
                 */
                send_id: string;
                /**
                 * @description How many days before `ending_at` to include, from 1 to 100.
                 * @example 14
                 */
                length: number;
                /** @description The end of the series, as an ISO 8601 date-time. Defaults to the time of the request. */
                ending_at?: components["parameters"]["EndingAt"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The daily statistics of the send. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "message": "success",
                     *       "data": [
                     *         {
                     *           "time": "2014-12-10",
                     *           "conversions": 12,
                     *           "unique_recipients": 300,
                     *           "revenue": 89.9,
                     *           "messages": {
                     *             "ios_push": [
                     *               {
                     *                 "variation_name": "Variation 1",
                     *                 "sent": 300,
                     *                 "delivered": 290,
                     *                 "undelivered": 10,
                     *                 "delivery_failed": 2,
                     *                 "direct_opens": 40,
                     *                 "total_opens": 55,
                     *                 "bounces": 3,
                     *                 "body_clicks": 20,
                     *                 "revenue": 89.9,
                     *                 "unique_recipients": 300,
                     *                 "conversions": 12,
                     *                 "conversions_by_send_time": 10
                     *               }
                     *             ]
                     *           }
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["CampaignDataSeriesResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    sendsIdCreate: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "campaign_id": "campaign_identifier",
                 *       "send_id": "send_identifier"
                 *     }
                 */
                "application/json": {
                    /** @description The API campaign the send ID belongs to. */
                    campaign_id: string;
                    /** @description The send identifier to create (see Braze's send identifier rules). */
                    send_id?: string;
                };
            };
        };
        responses: {
            /** @description The send ID was created. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "message": "success",
                     *       "send_id": "send_identifier"
                     *     }
                     */
                    "application/json": components["schemas"]["SendIdCreateResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    sessionsDataSeries: {
        parameters: {
            query: {
                /** @description How many units (days or hours) of data to return, ending at `ending_at`. */
                length: components["parameters"]["Length"];
                /** @description The unit of time between data points. Defaults to `day`. */
                unit?: components["parameters"]["Unit"];
                /** @description The end of the series, as an ISO 8601 date-time. Defaults to the time of the request. */
                ending_at?: components["parameters"]["EndingAt"];
                /** @description Limits the data to one app of the workspace (an app identifier, not a credential). Omit it for the whole workspace. */
                app_id?: components["parameters"]["AppId"];
                /**
                 * @description Limit the data to one analytics-enabled segment (its segment API identifier).
                 * @example 3bbc4555-8fa0-4c9b-a5c0-4505edf3e064
                 */
                segment_id?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The series, one point per unit of time, oldest first. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "message": "success",
                     *       "data": [
                     *         {
                     *           "time": "2018-06-27",
                     *           "sessions": 5120
                     *         },
                     *         {
                     *           "time": "2018-06-28",
                     *           "sessions": 4988
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["SuccessResponse"] & {
                        data: {
                            /** @description The point in time: an ISO 8601 date for daily series, an ISO 8601 date-time for hourly series. */
                            time: string;
                            /** @description Sessions in that period. */
                            sessions: number;
                        }[];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    smsInvalidPhoneNumbersList: {
        parameters: {
            query?: {
                /**
                 * @description Start of the range (`YYYY-MM-DD`, midnight UTC), earlier than `end_date`. Required with `end_date` unless `phone_numbers` is sent.
                 * @example 2019-01-01
                 */
                start_date?: string;
                /**
                 * @description End of the range (`YYYY-MM-DD`, midnight UTC). Required with `start_date` unless `phone_numbers` is sent.
                 * @example 2019-02-01
                 */
                end_date?: string;
                /**
                 * @description The maximum number of results to return.
                 * @example 100
                 */
                limit?: number;
                /**
                 * @description How many results to skip; increase it until a call returns fewer than `limit` results.
                 * @example 0
                 */
                offset?: number;
                /**
                 * @description Phone numbers (E.164) to check; the ones found invalid are returned. Send one `phone_numbers[]` entry per number.
                 * @example [
                 *       "12345678901"
                 *     ]
                 */
                "phone_numbers[]"?: string[];
                /** @description Only return numbers invalid for this reason; all reasons when omitted. */
                reason?: components["schemas"]["SmsInvalidReason"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The invalid phone numbers, newest first. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "sms": [
                     *         {
                     *           "phone": "+12183095514",
                     *           "invalid_detected_at": "2019-01-20T14:05:33.000Z",
                     *           "reason": "provider_error"
                     *         },
                     *         {
                     *           "phone": "+14255551212",
                     *           "invalid_detected_at": "2019-01-11T09:48:02.000Z",
                     *           "reason": "deactivated"
                     *         }
                     *       ],
                     *       "message": "success"
                     *     }
                     */
                    "application/json": components["schemas"]["SuccessResponse"] & {
                        sms: {
                            /** @description The phone number in E.164 format. */
                            phone: string;
                            /**
                             * Format: date-time
                             * @description When Braze found the number invalid.
                             */
                            invalid_detected_at: string;
                            reason?: components["schemas"]["SmsInvalidReason"];
                        }[];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    smsInvalidPhoneNumbersRemove: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "phone_numbers": [
                 *         "12183095514",
                 *         "14255551212"
                 *       ]
                 *     }
                 */
                "application/json": {
                    /** @description The phone numbers to re-validate, in E.164 format (at most 50). */
                    phone_numbers: string[];
                };
            };
        };
        responses: {
            /** @description The numbers were removed from the invalid list. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "message": "success"
                     *     }
                     */
                    "application/json": components["schemas"]["SuccessResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    subscriptionStatusGet: {
        parameters: {
            query: {
                /**
                 * @description The subscription group's identifier.
                 * @example subscription_group_identifier
                 */
                subscription_group_id: string;
                /**
                 * @description External IDs of the users (1 to 50). Braze's examples send several as `external_id[]=…`. When sent with `email` or `phone`, only the external IDs are used for the lookup.
                 * @example user_identifier
                 */
                external_id?: components["schemas"]["SubscriptionIdList"];
                /**
                 * @description Email addresses of the users (1 to 50), for email subscription groups.
                 * @example example@braze.com
                 */
                email?: components["schemas"]["SubscriptionIdList"];
                /**
                 * @description Phone numbers of the users in E.164 format (1 to 50), for SMS and WhatsApp subscription groups.
                 * @example +11112223333
                 */
                phone?: components["schemas"]["SubscriptionIdList"];
                /**
                 * @description External IDs of several users (up to 50), one `external_id[]` entry each.
                 * @example [
                 *       "user_identifier_1",
                 *       "user_identifier_2"
                 *     ]
                 */
                "external_id[]"?: string[];
                /** @description Email addresses of several users (up to 50), one `email[]` entry each. */
                "email[]"?: string[];
                /** @description Phone numbers (E.164) of several users (up to 50), one `phone[]` entry each. */
                "phone[]"?: string[];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The users' states, keyed by the identifier sent. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": {
                     *         "1": "Unsubscribed",
                     *         "2": "Subscribed"
                     *       },
                     *       "message": "success"
                     *     }
                     */
                    "application/json": components["schemas"]["SuccessResponse"] & {
                        /** @description Each requested external ID, email address or phone number → its state in the group. */
                        status: {
                            [key: string]: "Subscribed" | "Unsubscribed" | "Unknown";
                        };
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    subscriptionStatusSet: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "subscription_group_id": "subscription_group_identifier",
                 *       "subscription_state": "unsubscribed",
                 *       "external_id": "external_identifier",
                 *       "email": [
                 *         "example1@email.com",
                 *         "example2@email.com"
                 *       ]
                 *     }
                 */
                "application/json": {
                    /** @description The subscription group's identifier. */
                    subscription_group_id: string;
                    subscription_state: components["schemas"]["SubscriptionState"];
                    /** @description External IDs of the users (up to 50). */
                    external_id?: components["schemas"]["SubscriptionIdList"];
                    /** @description Email addresses of the users (up to 50), for email subscription groups. */
                    email?: components["schemas"]["SubscriptionIdList"];
                    /** @description Phone numbers in E.164 format (up to 50), for SMS and RCS subscription groups. */
                    phone?: components["schemas"]["SubscriptionIdList"];
                    /**
                     * @description With `subscribed` on an SMS group, `true` sends the users through the group's SMS double opt-in workflow instead of subscribing them at once. Ignored for other states.
                     * @default false
                     */
                    use_double_opt_in_logic?: boolean;
                };
            };
        };
        responses: {
            /** @description The states were updated. */
            201: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "message": "success"
                     *     }
                     */
                    "application/json": components["schemas"]["SuccessResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    subscriptionUserStatus: {
        parameters: {
            query?: {
                /**
                 * @description External IDs of the users (1 to 50). Braze's examples send several as `external_id[]=…`.
                 * @example user_identifier
                 */
                external_id?: components["schemas"]["SubscriptionIdList"];
                /**
                 * @description Email addresses of the users (1 to 50).
                 * @example example@braze.com
                 */
                email?: components["schemas"]["SubscriptionIdList"];
                /**
                 * @description Phone numbers of the users in E.164 format (1 to 50).
                 * @example +11112223333
                 */
                phone?: components["schemas"]["SubscriptionIdList"];
                /**
                 * @description External IDs of several users (up to 50), one `external_id[]` entry each.
                 * @example [
                 *       "user_identifier_1",
                 *       "user_identifier_2"
                 *     ]
                 */
                "external_id[]"?: string[];
                /** @description Email addresses of several users (up to 50), one `email[]` entry each. */
                "email[]"?: string[];
                /** @description Phone numbers (E.164) of several users (up to 50), one `phone[]` entry each. */
                "phone[]"?: string[];
                /**
                 * @description The maximum number of results to return.
                 * @example 100
                 */
                limit?: number;
                /**
                 * @description How many results to skip.
                 * @example 0
                 */
                offset?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The user's subscription groups and states. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": true,
                     *       "subscription_groups": [
                     *         {
                     *           "subscription_group_id": "group_id_1",
                     *           "subscription_status": "subscribed"
                     *         },
                     *         {
                     *           "subscription_group_id": "group_id_2",
                     *           "subscription_status": "unsubscribed"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": {
                        /** @description `true` when the lookup succeeded. */
                        success?: boolean;
                        /** @description `success` when the lookup succeeded. */
                        message?: string;
                        /** @description The groups and the user's state in each. */
                        subscription_groups?: ({
                            subscription_group_id: string;
                            /** @description For example `subscribed` or `unsubscribed`. */
                            subscription_status?: string;
                        } & {
                            [key: string]: unknown;
                        })[];
                        /** @description One entry per matching user, with that user's groups. */
                        users?: ({
                            external_id?: string;
                            email?: string;
                            phone?: string;
                            subscription_groups?: ({
                                id?: string;
                                name?: string;
                                /** @description For example `Email` or `SMS`. */
                                channel?: string;
                                /** @description For example `Subscribed` or `Unsubscribed`. */
                                status?: string;
                            } & {
                                [key: string]: unknown;
                            })[];
                        } & {
                            [key: string]: unknown;
                        })[];
                        errors?: components["schemas"]["ErrorDetail"][];
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    templatesEmailCreate: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "template_name": "email_template_name",
                 *       "subject": "Welcome to my email template!",
                 *       "body": "This is the text within my email body and https://www.braze.com/ here is a link to Braze.com.",
                 *       "plaintext_body": "This is the text within my email body and here is a link to https://www.braze.com/.",
                 *       "preheader": "My preheader is pretty cool.",
                 *       "tags": [
                 *         "Tag1",
                 *         "Tag2"
                 *       ]
                 *     }
                 */
                "application/json": {
                    /** @description The template name. */
                    template_name: string;
                    /** @description The subject line. */
                    subject: string;
                    /** @description The email body, at most 400 KB; may contain HTML (and Liquid, including Content Block references). */
                    body: string;
                    /** @description A plain-text version of the body. */
                    plaintext_body?: string;
                    /** @description The preheader that some email clients show as a preview. */
                    preheader?: string;
                    tags?: components["schemas"]["EmailTemplateTags"];
                    /** @description Turns CSS inlining on or off for this template (a JSON boolean, not a string). Defaults to the workspace setting. */
                    should_inline_css?: boolean;
                };
            };
        };
        responses: {
            /** @description The template was created. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "email_template_id": "232b6d29-7e41-4106-a0ab-1c4fe915d701",
                     *       "message": "success"
                     *     }
                     */
                    "application/json": components["schemas"]["SuccessResponse"] & {
                        /** @description The API identifier of the new template. */
                        email_template_id: string;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    templatesEmailInfo: {
        parameters: {
            query: {
                /**
                 * @description The API identifier of the email template.
                 * @example 232b6d29-7e41-4106-a0ab-1c4fe915d701
                 */
                email_template_id: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The template. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "email_template_id": "232b6d29-7e41-4106-a0ab-1c4fe915d701",
                     *       "template_name": "Weekly Newsletter",
                     *       "description": "Our weekly newsletter",
                     *       "subject": "This Week's Styles",
                     *       "preheader": "We want you to have the best looks this summer",
                     *       "body": "<p>Check out this week's digital lookbook to inspire your outfits.</p>",
                     *       "plaintext_body": "Check out this week's digital lookbook to inspire your outfits.",
                     *       "should_inline_css": true,
                     *       "tags": [
                     *         "Tag1",
                     *         "Tag2"
                     *       ],
                     *       "created_at": "2020-07-01T12:00:00.000+00:00",
                     *       "updated_at": "2020-07-15T09:30:00.000+00:00"
                     *     }
                     */
                    "application/json": components["schemas"]["EmailTemplate"] & {
                        /** @description `success` when the request was accepted. */
                        message?: string;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    templatesEmailList: {
        parameters: {
            query?: {
                /**
                 * @description Only templates updated at or after this time (ISO 8601).
                 * @example 2020-01-01T01:01:01Z
                 */
                modified_after?: components["schemas"]["Iso8601DateTime"];
                /**
                 * @description Only templates updated at or before this time (ISO 8601); must not be earlier than `modified_after`.
                 * @example 2020-02-01T01:01:01Z
                 */
                modified_before?: components["schemas"]["Iso8601DateTime"];
                /**
                 * @description The maximum number of templates to return.
                 * @example 100
                 */
                limit?: number;
                /**
                 * @description How many matching templates to skip before the first one returned.
                 * @example 0
                 */
                offset?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of email templates. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "count": 2,
                     *       "templates": [
                     *         {
                     *           "email_template_id": "232b6d29-7e41-4106-a0ab-1c4fe915d701",
                     *           "template_name": "Weekly Newsletter",
                     *           "created_at": "2020-01-15T10:00:00.000+00:00",
                     *           "updated_at": "2020-01-20T14:30:00.000+00:00",
                     *           "tags": [
                     *             "Tag1"
                     *           ]
                     *         },
                     *         {
                     *           "email_template_id": "8b3c9e1f-2d4a-4b6c-9e8f-0a1b2c3d4e5f",
                     *           "template_name": "email_template_name",
                     *           "created_at": "2020-01-22T08:00:00.000+00:00",
                     *           "updated_at": "2020-01-22T08:00:00.000+00:00",
                     *           "tags": []
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": {
                        /** @description How many templates this response returns. */
                        count: number;
                        /** @description The templates on this page. */
                        templates: components["schemas"]["EmailTemplateSummary"][];
                        /** @description `success` when the request was accepted. */
                        message?: string;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    templatesEmailTranslationsGet: {
        parameters: {
            query: {
                /**
                 * @description The ID of the email template.
                 * @example 6ad1507f-ca10-44c4-95bf-aj39fm10fm1ps
                 */
                template_id: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The translations, one entry per locale. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "translations": [
                     *         {
                     *           "translation_map": {
                     *             "id_0": "¡Hola!",
                     *             "id_1": "Me llamo Jacky",
                     *             "id_2": "¿Dónde está la biblioteca?"
                     *           },
                     *           "locale": {
                     *             "uuid": "c7c12345-te35-1234-5678-abcdefa99r3f",
                     *             "name": "es-MX",
                     *             "country": "MX",
                     *             "language": "es",
                     *             "locale_key": "es-mx"
                     *           }
                     *         },
                     *         {
                     *           "translation_map": {
                     *             "id_0": "你好",
                     *             "id_1": "我的名字是 Jacky",
                     *             "id_2": "圖書館在哪裡?"
                     *           },
                     *           "locale": {
                     *             "uuid": "a1b12345-cd35-1234-5678-abcdefa99r3f",
                     *             "name": "zh-HK",
                     *             "country": "HK",
                     *             "language": "zh",
                     *             "locale_key": "zh-hk"
                     *           }
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["TranslationListResponse"];
                };
            };
            400: components["responses"]["TranslationBadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    templatesEmailTranslationsUpdate: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "template_id": "7c1f3a52-9d04-4e6b-b2a8-5f0e1d3c9a47",
                 *       "locale_id": "2b8e6d14-0a57-4c93-8f21-6e4d9b0c7a35",
                 *       "translation_map": {
                 *         "id_0": "¡Bienvenida!",
                 *         "id_1": "Tu pedido ya está en camino."
                 *       }
                 *     }
                 */
                "application/json": {
                    /** @description The ID of the email template. */
                    template_id: string;
                    /** @description The ID (UUID) of the locale to update. */
                    locale_id: string;
                    /** @description The new translations, keyed by translation ID; required unless `translations` is sent. */
                    translation_map?: components["schemas"]["TranslationMap"];
                    /**
                     * @deprecated
                     * @description The older form of the request: a list of `{translation_map}` objects (or a bare translation map). Send `translation_map` instead; give one of the two, not both.
                     */
                    translations?: {
                        translation_map: components["schemas"]["TranslationMap"];
                    }[] | components["schemas"]["TranslationMap"];
                };
            };
        };
        responses: {
            /** @description The translations were saved. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "message": "success"
                     *     }
                     */
                    "application/json": components["schemas"]["SuccessResponse"];
                };
            };
            400: components["responses"]["TranslationBadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    templatesEmailTranslationsSource: {
        parameters: {
            query: {
                /**
                 * @description The ID of the email template.
                 * @example 6ad1507f-ca10-44c4-95bf-aj39fm10fm1ps
                 */
                template_id: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The source values of the translation tags. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "translations": {
                     *         "translation_map": {
                     *           "id_0": "Here's a limited time offer for your membership tier!",
                     *           "id_1": "Welcome to a new fashion-forward season!"
                     *         }
                     *       },
                     *       "message": "success"
                     *     }
                     */
                    "application/json": components["schemas"]["TranslationSourceResponse"];
                };
            };
            400: components["responses"]["TranslationBadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    templatesEmailUpdate: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "email_template_id": "232b6d29-7e41-4106-a0ab-1c4fe915d701",
                 *       "template_name": "Weekly Newsletter",
                 *       "subject": "This Week's Styles",
                 *       "body": "Check out this week's digital lookbook to inspire your outfits. Take a look at https://www.braze.com/",
                 *       "plaintext_body": "This is the updated text within my email body and here is a link to https://www.braze.com/.",
                 *       "preheader": "We want you to have the best looks this summer",
                 *       "tags": [
                 *         "Tag1",
                 *         "Tag2"
                 *       ]
                 *     }
                 */
                "application/json": {
                    /** @description The API identifier of the template to update. */
                    email_template_id: string;
                    /** @description The new template name. */
                    template_name?: string;
                    /** @description The new subject line. */
                    subject?: string;
                    /** @description The new email body; may contain HTML. */
                    body?: string;
                    /** @description The new plain-text version of the body. */
                    plaintext_body?: string;
                    /** @description The new preheader. */
                    preheader?: string;
                    tags?: components["schemas"]["EmailTemplateTags"];
                    /** @description Turns CSS inlining on or off for this template (a JSON boolean, not a string). Defaults to the workspace setting. */
                    should_inline_css?: boolean;
                };
            };
        };
        responses: {
            /** @description The template was updated. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "message": "success"
                     *     }
                     */
                    "application/json": components["schemas"]["SuccessResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    templatesTranslationsEmail: {
        parameters: {
            query: {
                /**
                 * @description The ID of the email template.
                 * @example 6ad1507f-ca10-44c4-95bf-aj39fm10fm1ps
                 */
                template_id: string;
                /**
                 * @description The ID (UUID) of the locale to return.
                 * @example c7c12345-te35-1234-5678-abcdefa99r3f
                 */
                locale_id?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The translation for the locale. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "translations": [
                     *         {
                     *           "locale": {
                     *             "uuid": "c7c12345-te35-1234-5678-abcdefa99r3f",
                     *             "name": "es-MX",
                     *             "country": "MX",
                     *             "language": "es",
                     *             "locale_key": "es-mx"
                     *           },
                     *           "translation_map": {
                     *             "id_0": "¡Hola!",
                     *             "id_1": "Me llamo Jacky",
                     *             "id_2": "¿Dónde está la biblioteca?"
                     *           }
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["TranslationListResponse"];
                };
            };
            400: components["responses"]["TranslationBadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    templatesWebhookTranslationsGet: {
        parameters: {
            query: {
                /**
                 * @description The ID of the webhook template.
                 * @example e24404b3-3626-4de0-bdec-06935f3aa0ab
                 */
                template_id: string;
                /**
                 * @description A locale ID (UUID) to return. Omit it for every locale set up on the template.
                 * @example c7c12345-de35-1234-5678-abcdefa99a3f
                 */
                locale_id?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The translations, one entry per locale. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "translations": [
                     *         {
                     *           "translation_map": {
                     *             "id_0": "¡Buenos días!",
                     *             "id_1": "Tu pedido ya está en camino."
                     *           },
                     *           "locale": {
                     *             "uuid": "c7c12345-de35-1234-5678-abcdefa99a3f",
                     *             "name": "es-MX",
                     *             "country": "MX",
                     *             "language": "es",
                     *             "locale_key": "es-mx"
                     *           }
                     *         },
                     *         {
                     *           "translation_map": {
                     *             "id_0": "Bonjour !",
                     *             "id_1": "Votre commande est en route."
                     *           },
                     *           "locale": {
                     *             "uuid": "f3e12345-ab35-1234-5678-abcdefa99b7c",
                     *             "name": "fr-FR",
                     *             "country": "FR",
                     *             "language": "fr",
                     *             "locale_key": "fr-fr"
                     *           }
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["TranslationListResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    templatesWebhookTranslationsUpdate: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "template_id": "e24404b3-3626-4de0-bdec-06935f3aa0ab",
                 *       "locale_id": "c7c12345-de35-1234-5678-abcdefa99a3f",
                 *       "translation_map": {
                 *         "id_0": "¡Buenos días!",
                 *         "id_1": "Tu pedido ya está en camino."
                 *       }
                 *     }
                 */
                "application/json": {
                    /** @description The ID of the webhook template. */
                    template_id: string;
                    /** @description The ID (UUID) of the locale to update; it must be set up on the template. */
                    locale_id: string;
                    translation_map: components["schemas"]["TranslationMap"];
                };
            };
        };
        responses: {
            /** @description The translations were saved (the body is an empty object). */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /** @example {} */
                    "application/json": Record<string, never>;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    templatesWebhookTranslationsSource: {
        parameters: {
            query: {
                /**
                 * @description The ID of the webhook template.
                 * @example e24404b3-3626-4de0-bdec-06935f3aa0ab
                 */
                template_id: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The source values of the translation tags. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "translations": {
                     *         "translation_map": {
                     *           "id_0": "Good morning!",
                     *           "id_1": "Your order is on its way."
                     *         }
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["TranslationSourceResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    transactionalSend: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The ID of the transactional email campaign.
                 * @example 0a1b2c3d-4e5f-6a7b-8c9d-0e1f2a3b4c5d
                 */
                campaign_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "external_send_id": "c2VuZC0xMjM0NQ==",
                 *       "trigger_properties": {
                 *         "example_string_property": "Order 12345",
                 *         "example_integer_property": 3
                 *       },
                 *       "recipient": {
                 *         "external_user_id": "user_1"
                 *       }
                 *     }
                 */
                "application/json": {
                    /** @description Your own Base64-compatible ID for this send. It is returned in the HTTP event postback, and a second request with the same ID within 24 hours does not send again. */
                    external_send_id?: string;
                    /** @description Personalization key-value pairs for every user of the request (`api_trigger_properties`); at most 50 KB. */
                    trigger_properties?: components["schemas"]["TriggerProperties"];
                    /** @description The one user to message: exactly one of `external_user_id` and `user_alias`. If the external ID does not exist yet, giving `attributes` creates the user first. `first_name`, `last_name` and `email` attributes are updated synchronously before templating; custom attributes are not. */
                    recipient: {
                        /** @description The user's external ID. */
                        external_user_id?: string;
                        user_alias?: components["schemas"]["UserAlias"];
                        /** @description User attributes written to the profile before the message is sent (overwriting existing values). */
                        attributes?: {
                            [key: string]: unknown;
                        };
                    } & (unknown | unknown);
                };
            };
        };
        responses: {
            /** @description The send was accepted. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "dispatch_id": "ab2f4a4c7e8d1f3e9a6b0c5d2e7f8a9b",
                     *       "status": "queued",
                     *       "metadata": {
                     *         "external_send_id": "c2VuZC0xMjM0NQ=="
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["TransactionalSendResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    usersAliasNew: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "user_aliases": [
                 *         {
                 *           "external_id": "user_id",
                 *           "alias_name": "name",
                 *           "alias_label": "label"
                 *         },
                 *         {
                 *           "alias_name": "device123",
                 *           "alias_label": "my_device_identifier"
                 *         }
                 *       ]
                 *     }
                 */
                "application/json": {
                    /** @description The aliases to create (at most 50). */
                    user_aliases: {
                        /** @description The identified user to add the alias to. Omit it to create an alias-only user. */
                        external_id?: string;
                        /** @description The alias value, unique within its label. */
                        alias_name: string;
                        /** @description The alias label (its namespace). */
                        alias_label: string;
                    }[];
                };
            };
        };
        responses: {
            /** @description The aliases were queued for creation. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "aliases_processed": 2,
                     *       "message": "success"
                     *     }
                     */
                    "application/json": components["schemas"]["SuccessResponse"] & {
                        /** @description How many aliases were queued. */
                        aliases_processed?: number;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    usersAliasUpdate: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "alias_updates": [
                 *         {
                 *           "alias_label": "example_alias_label",
                 *           "old_alias_name": "example_old_alias_name",
                 *           "new_alias_name": "example_new_alias_name"
                 *         }
                 *       ]
                 *     }
                 */
                "application/json": {
                    /** @description The aliases to rename (at most 50). */
                    alias_updates: {
                        /** @description The label of the alias to rename. */
                        alias_label: string;
                        /** @description The current alias name. */
                        old_alias_name: string;
                        /** @description The new alias name. */
                        new_alias_name: string;
                    }[];
                };
            };
        };
        responses: {
            /** @description The alias updates were queued. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "message": "success"
                     *     }
                     */
                    "application/json": components["schemas"]["SuccessResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    usersDelete: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "external_ids": [
                 *         "external_identifier1",
                 *         "external_identifier2"
                 *       ]
                 *     }
                 */
                "application/json": {
                    /** @description External IDs of the users to delete. */
                    external_ids?: string[];
                    /** @description Aliases of the users to delete. */
                    user_aliases?: components["schemas"]["UserAlias"][];
                    /** @description Braze identifiers of the users to delete. */
                    braze_ids?: string[];
                    /** @description Email addresses of the users to delete, each with a `prioritization` that picks the profile when several share the address. */
                    email_addresses?: (string | {
                        /** Format: email */
                        email: string;
                        prioritization: components["schemas"]["UserPrioritization"];
                    })[];
                    /** @description Phone numbers of the users to delete, each with a `prioritization`. */
                    phone_numbers?: (string | {
                        phone: string;
                        prioritization: components["schemas"]["UserPrioritization"];
                    })[];
                };
            };
        };
        responses: {
            /** @description The users were queued for deletion. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "message": "success",
                     *       "deleted": 2
                     *     }
                     */
                    "application/json": {
                        /** @description How many users were queued for deletion. */
                        deleted: number;
                        /** @description `success` when the request was accepted. */
                        message?: string;
                        errors?: components["schemas"]["ErrorDetail"][];
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    usersExportGlobalControlGroup: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "callback_endpoint": "",
                 *       "fields_to_export": [
                 *         "email",
                 *         "braze_id"
                 *       ],
                 *       "output_format": "zip"
                 *     }
                 */
                "application/json": {
                    /** @description A URL Braze POSTs to when the export is ready; the body is `{"success": true}`, plus `url` when no cloud storage credentials are set up. */
                    callback_endpoint?: string;
                    /** @description The profile fields to export. */
                    fields_to_export: components["schemas"]["ExportFieldName"][];
                    /**
                     * @description The file format when exporting to your own S3 bucket.
                     * @default zip
                     * @enum {string}
                     */
                    output_format?: "zip" | "gzip";
                };
            };
        };
        responses: {
            /** @description The export was started. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "message": "success",
                     *       "object_prefix": "8d2f3b1e-0a4c-4d3e-9b21-7f5e6a9c1d20-1556044807"
                     *     }
                     */
                    "application/json": components["schemas"]["ExportJobResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    usersExportIds: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "external_ids": [
                 *         "user_identifier1",
                 *         "user_identifier2"
                 *       ],
                 *       "user_aliases": [
                 *         {
                 *           "alias_name": "example_alias",
                 *           "alias_label": "example_label"
                 *         }
                 *       ],
                 *       "fields_to_export": [
                 *         "first_name",
                 *         "email",
                 *         "purchases"
                 *       ]
                 *     }
                 */
                "application/json": {
                    /** @description External IDs of the users to export. */
                    external_ids?: string[];
                    /** @description Aliases of the users to export. */
                    user_aliases?: components["schemas"]["UserAlias"][];
                    /** @description A device identifier, as returned by SDK methods such as `getDeviceId`. */
                    device_id?: string;
                    /** @description The Braze identifier of a user. */
                    braze_id?: string;
                    /**
                     * Format: email
                     * @description The email address of a user.
                     */
                    email_address?: string;
                    /** @description The phone number of a user, in E.164 format. */
                    phone?: string;
                    /** @description The profile fields to return. */
                    fields_to_export?: components["schemas"]["ExportFieldName"][];
                };
            };
        };
        responses: {
            /** @description The exported profiles, plus any identifiers that matched no user. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "message": "success",
                     *       "users": [
                     *         {
                     *           "external_id": "user_identifier1",
                     *           "first_name": "Jane",
                     *           "email": "example@braze.com",
                     *           "purchases": [
                     *             {
                     *               "name": "item_40834",
                     *               "first": "2021-09-05T03:45:50.540Z",
                     *               "last": "2022-06-03T17:30:41.201Z",
                     *               "count": 10
                     *             }
                     *           ]
                     *         }
                     *       ],
                     *       "invalid_user_ids": [
                     *         "user_identifier2"
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["SuccessResponse"] & {
                        /** @description The exported users; empty when none was found. */
                        users?: components["schemas"]["ExportUser"][];
                        /** @description Identifiers from the request that match no user. */
                        invalid_user_ids?: string[];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    usersExportSegment: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "segment_id": "segment_identifier",
                 *       "callback_endpoint": "example_endpoint",
                 *       "fields_to_export": [
                 *         "first_name",
                 *         "email",
                 *         "purchases"
                 *       ],
                 *       "custom_attributes_to_export": [
                 *         "allergies",
                 *         "favorite_food"
                 *       ],
                 *       "output_format": "zip"
                 *     }
                 */
                "application/json": {
                    /** @description The segment's API identifier (from the API Keys page or `/segments/list`). */
                    segment_id: string;
                    /** @description A URL Braze POSTs to when the export is ready; the body is `{"success": true}`, plus `url` when no cloud storage credentials are set up. */
                    callback_endpoint?: string;
                    /** @description The profile fields to export. `custom_attributes` exports every custom attribute (and then `custom_attributes_to_export` is ignored). */
                    fields_to_export: components["schemas"]["ExportFieldName"][];
                    /** @description Names of specific custom attributes to export (at most 500). */
                    custom_attributes_to_export?: string[];
                    /**
                     * @description The file format when exporting to your own S3 bucket.
                     * @default zip
                     * @enum {string}
                     */
                    output_format?: "zip" | "gzip";
                };
            };
        };
        responses: {
            /** @description The export was started. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "message": "success",
                     *       "object_prefix": "bb8e2a91-c4aa-478b-b3f2-a4ee91731ad1-1464728599",
                     *       "url": "https://example.com/segment-export/bb8e2a91-c4aa-478b-b3f2-a4ee91731ad1.zip"
                     *     }
                     */
                    "application/json": components["schemas"]["ExportJobResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    usersExternalIdsRemove: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "external_ids": [
                 *         "existing_deprecated_external_id_string"
                 *       ]
                 *     }
                 */
                "application/json": {
                    /** @description The deprecated external IDs to remove (at most 50). */
                    external_ids: string[];
                };
            };
        };
        responses: {
            /** @description The request was valid. `removed_ids` lists the IDs removed; `removal_errors` lists the failures, each referring to the index of the ID in the request. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "message": "success",
                     *       "removed_ids": [
                     *         "existing_deprecated_external_id_string"
                     *       ],
                     *       "removal_errors": []
                     *     }
                     */
                    "application/json": components["schemas"]["SuccessResponse"] & {
                        /** @description The deprecated IDs that were removed. */
                        removed_ids?: string[];
                        /** @description One entry per failed removal (request index and reason). */
                        removal_errors?: (number | string)[][];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    usersExternalIdsRename: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "external_id_renames": [
                 *         {
                 *           "current_external_id": "existing_external_id",
                 *           "new_external_id": "new_external_id"
                 *         }
                 *       ]
                 *     }
                 */
                "application/json": {
                    /** @description The renames to perform (at most 50). */
                    external_id_renames: {
                        /** @description The user's current primary external ID. */
                        current_external_id: string;
                        /** @description The new primary external ID. */
                        new_external_id: string;
                    }[];
                };
            };
        };
        responses: {
            /** @description The request was valid. `external_ids` lists the renames that succeeded; `rename_errors` lists the failed ones, each referring to the index of the entry in the request. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "message": "success",
                     *       "external_ids": [
                     *         "new_external_id"
                     *       ],
                     *       "rename_errors": []
                     *     }
                     */
                    "application/json": components["schemas"]["SuccessResponse"] & {
                        /** @description The new external IDs of the successful renames. */
                        external_ids?: string[];
                        /** @description One entry per failed rename, such as `[0, "error message"]` (request index and reason). */
                        rename_errors?: (number | string)[][];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    usersIdentify: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "aliases_to_identify": [
                 *         {
                 *           "external_id": "external_identifier",
                 *           "user_alias": {
                 *             "alias_name": "example_alias",
                 *             "alias_label": "example_label"
                 *           }
                 *         }
                 *       ],
                 *       "emails_to_identify": [
                 *         {
                 *           "external_id": "external_identifier_2",
                 *           "email": "john.smith@braze.com",
                 *           "prioritization": [
                 *             "unidentified",
                 *             "most_recently_updated"
                 *           ]
                 *         }
                 *       ]
                 *     }
                 */
                "application/json": {
                    /** @description Alias-only profiles to identify. */
                    aliases_to_identify?: components["schemas"]["IdentifyAlias"][];
                    /** @description Email-only profiles to identify. */
                    emails_to_identify?: components["schemas"]["IdentifyEmail"][];
                    /** @description Phone-number-only profiles to identify. */
                    phone_numbers_to_identify?: components["schemas"]["IdentifyPhone"][];
                    /**
                     * @description What happens to the unidentified profile's data: `merge` carries its fields over to the identified user, `none` does not.
                     * @enum {string}
                     */
                    merge_behavior?: "none" | "merge";
                };
            };
        };
        responses: {
            /** @description The identifications were queued. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "aliases_processed": 1,
                     *       "message": "success"
                     *     }
                     */
                    "application/json": components["schemas"]["SuccessResponse"] & {
                        /** @description How many entries were queued. */
                        aliases_processed?: number;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    usersMerge: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "merge_updates": [
                 *         {
                 *           "identifier_to_merge": {
                 *             "external_id": "old-user1"
                 *           },
                 *           "identifier_to_keep": {
                 *             "external_id": "current-user1"
                 *           }
                 *         },
                 *         {
                 *           "identifier_to_merge": {
                 *             "email": "user1@braze.com",
                 *             "prioritization": [
                 *               "unidentified",
                 *               "most_recently_updated"
                 *             ]
                 *           },
                 *           "identifier_to_keep": {
                 *             "email": "user2@braze.com",
                 *             "prioritization": [
                 *               "identified",
                 *               "most_recently_updated"
                 *             ]
                 *           }
                 *         },
                 *         {
                 *           "identifier_to_merge": {
                 *             "user_alias": {
                 *               "alias_name": "old-user2@example.com",
                 *               "alias_label": "email"
                 *             }
                 *           },
                 *           "identifier_to_keep": {
                 *             "user_alias": {
                 *               "alias_name": "current-user2@example.com",
                 *               "alias_label": "email"
                 *             }
                 *           }
                 *         }
                 *       ]
                 *     }
                 */
                "application/json": {
                    /** @description The merges to perform (at most 50). */
                    merge_updates: components["schemas"]["MergeUpdate"][];
                };
            };
        };
        responses: {
            /** @description The merges were accepted and will be processed asynchronously. */
            202: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "message": "success"
                     *     }
                     */
                    "application/json": components["schemas"]["SuccessResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    usersSubscriptionGet: {
        parameters: {
            query?: {
                /**
                 * @description Email addresses to look up (1 to 50; repeat the parameter for several).
                 * @example example@braze.com
                 */
                email?: components["schemas"]["SubscriptionIdList"];
                /**
                 * @description Phone numbers to look up, preferably in E.164 format (1 to 50; repeat the parameter for several).
                 * @example +12123355555
                 */
                phone?: components["schemas"]["SubscriptionIdList"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The subscription states of the addresses and numbers found. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "emails": [
                     *         {
                     *           "email": "example@braze.com",
                     *           "email_subscribe": {
                     *             "email_subscription_event_date": "2019-11-20T19:58:04.825Z",
                     *             "email_subscription_state": "Subscribed"
                     *           },
                     *           "subscription_group": [
                     *             {
                     *               "subscription_group_id": "5f5536d2a76e0f4e323a1234",
                     *               "subscription_group_event_date": "2021-03-11T21:29:22.347Z",
                     *               "subscription_group_state": "Unsubscribed"
                     *             }
                     *           ],
                     *           "hard_bounced_at": null,
                     *           "spam_at": null
                     *         }
                     *       ],
                     *       "phone": [
                     *         {
                     *           "phone": "+12123355555",
                     *           "subscription_group": [
                     *             {
                     *               "subscription_group_id": "3f5536d2a76e0f4e323a5555",
                     *               "subscription_group_state": "Subscribed",
                     *               "subscription_group_event_date": "2021-03-11T21:29:22.347Z"
                     *             }
                     *           ]
                     *         }
                     *       ],
                     *       "message": "success"
                     *     }
                     */
                    "application/json": components["schemas"]["SuccessResponse"] & {
                        emails?: ({
                            email?: string;
                            /** @description The global email subscription state. */
                            email_subscribe?: {
                                /** Format: date-time */
                                email_subscription_event_date?: string;
                                /** @description For example `Subscribed`, `Unsubscribed` or `Opted In`. */
                                email_subscription_state?: string;
                            };
                            subscription_group?: components["schemas"]["SubscriptionGroupEvent"][];
                            /** @description When the address hard bounced, if it did. */
                            hard_bounced_at?: string | null;
                            /** @description When the address marked email as spam, if it did. */
                            spam_at?: string | null;
                        } & {
                            [key: string]: unknown;
                        })[];
                        phone?: ({
                            phone?: string;
                            subscription_group?: components["schemas"]["SubscriptionGroupEvent"][];
                        } & {
                            [key: string]: unknown;
                        })[];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    usersSubscriptionDelete: {
        parameters: {
            query?: {
                /**
                 * @description Email addresses whose subscription state should be deleted (1 to 50; repeat the parameter for several).
                 * @example dont.spam@me.com
                 */
                email?: components["schemas"]["SubscriptionIdList"];
                /**
                 * @description Phone numbers, preferably in E.164 format (1 to 50; repeat the parameter for several).
                 * @example +12125551212
                 */
                phone?: components["schemas"]["SubscriptionIdList"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The deletion was queued. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": "The emails and/or phone numbers have been queued for deletion",
                     *       "message": "success"
                     *     }
                     */
                    "application/json": components["schemas"]["SuccessResponse"] & {
                        /** @description A human-readable confirmation. */
                        status?: string;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    usersTrack: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Send `true` on bulk or backfill batches so Braze can identify and route them; omit it for ordinary real-time updates.
                 * @example true
                 */
                "X-Braze-Bulk"?: "true";
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "attributes": [
                 *         {
                 *           "external_id": "user_identifier",
                 *           "email": "example@email.com",
                 *           "email_subscribe": "subscribed",
                 *           "string_attribute": "fruit",
                 *           "boolean_attribute_1": true,
                 *           "integer_attribute": 26,
                 *           "array_attribute": [
                 *             "banana",
                 *             "apple"
                 *           ],
                 *           "subscription_groups": [
                 *             {
                 *               "subscription_group_id": "subscription_group_identifier_1",
                 *               "subscription_state": "unsubscribed"
                 *             }
                 *           ]
                 *         },
                 *         {
                 *           "_update_existing_only": false,
                 *           "user_alias": {
                 *             "alias_name": "example_name",
                 *             "alias_label": "example_label"
                 *           },
                 *           "email": "email@example.com"
                 *         }
                 *       ],
                 *       "events": [
                 *         {
                 *           "email": "test@braze.com",
                 *           "app_id": "your_app_identifier",
                 *           "name": "rented_movie",
                 *           "time": "2022-12-06T19:20:45+01:00",
                 *           "properties": {
                 *             "release": {
                 *               "studio": "FilmStudio",
                 *               "year": "2022"
                 *             },
                 *             "cast": [
                 *               {
                 *                 "name": "Actor1"
                 *               },
                 *               {
                 *                 "name": "Actor2"
                 *               }
                 *             ]
                 *           }
                 *         },
                 *         {
                 *           "user_alias": {
                 *             "alias_name": "device123",
                 *             "alias_label": "my_device_identifier"
                 *           },
                 *           "app_id": "your_app_identifier",
                 *           "name": "rented_movie",
                 *           "time": "2013-07-16T19:20:50+01:00"
                 *         }
                 *       ],
                 *       "purchases": [
                 *         {
                 *           "email": "test@braze.com",
                 *           "app_id": "your_app_identifier",
                 *           "product_id": "product_name",
                 *           "currency": "USD",
                 *           "price": 12.12,
                 *           "quantity": 6,
                 *           "time": "2017-05-12T18:47:12Z",
                 *           "properties": {
                 *             "color": "red",
                 *             "monogram": "ABC",
                 *             "checkout_duration": 180,
                 *             "size": "Large",
                 *             "brand": "Backpack Locker"
                 *           }
                 *         }
                 *       ]
                 *     }
                 */
                "application/json": {
                    /** @description User attribute objects (at most 75; on current contracts 75 objects in total across the three arrays). */
                    attributes?: components["schemas"]["UserAttributes"][];
                    /** @description Custom event objects (at most 75; on current contracts 75 objects in total across the three arrays). */
                    events?: components["schemas"]["Event"][];
                    /** @description Purchase objects (at most 75; on current contracts 75 objects in total across the three arrays). */
                    purchases?: components["schemas"]["Purchase"][];
                };
            };
        };
        responses: {
            /** @description The data was queued for processing. Counts are present for the kinds of objects sent; `errors` lists objects that were rejected (non-fatal). */
            201: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "message": "success",
                     *       "attributes_processed": 2,
                     *       "events_processed": 2,
                     *       "purchases_processed": 1
                     *     }
                     */
                    "application/json": components["schemas"]["SuccessResponse"] & {
                        /** @description How many attribute objects were queued (present when attributes were sent). */
                        attributes_processed?: number;
                        /** @description How many events were queued (present when events were sent). */
                        events_processed?: number;
                        /** @description How many purchases were queued (present when purchases were sent). */
                        purchases_processed?: number;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    usersTrackBulk: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "attributes": [
                 *         {
                 *           "external_id": "member_1001",
                 *           "plan": "premium",
                 *           "newsletter_opt_in": true,
                 *           "visits": 14,
                 *           "favourite_genres": [
                 *             "jazz",
                 *             "folk"
                 *           ]
                 *         },
                 *         {
                 *           "external_id": "member_1002",
                 *           "plan": "basic",
                 *           "newsletter_opt_in": false,
                 *           "visits": 3,
                 *           "favourite_genres": [
                 *             "rock"
                 *           ]
                 *         }
                 *       ]
                 *     }
                 */
                "application/json": {
                    /** @description User attribute objects. */
                    attributes?: components["schemas"]["UserAttributes"][];
                    /** @description Custom event objects. */
                    events?: components["schemas"]["Event"][];
                    /** @description Purchase objects. */
                    purchases?: components["schemas"]["Purchase"][];
                };
            };
        };
        responses: {
            /** @description The data was queued for processing. Counts are present for the kinds of objects sent; `errors` lists objects that were rejected (non-fatal). */
            201: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "message": "success",
                     *       "attributes_processed": 2,
                     *       "events_processed": 1
                     *     }
                     */
                    "application/json": components["schemas"]["SuccessResponse"] & {
                        /** @description How many users' attributes were queued (present when attributes were sent). */
                        attributes_processed?: number;
                        /** @description How many events were queued (present when events were sent). */
                        events_processed?: number;
                        /** @description How many purchases were queued (present when purchases were sent). */
                        purchases_processed?: number;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    usersTrackSync: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "attributes": [
                 *         {
                 *           "external_id": "xyz123",
                 *           "string_attribute": "fruit",
                 *           "boolean_attribute_1": true,
                 *           "integer_attribute": 25,
                 *           "array_attribute": [
                 *             "banana",
                 *             "apple"
                 *           ]
                 *         }
                 *       ]
                 *     }
                 */
                "application/json": {
                    /** @description One user attributes object (or an array holding exactly one). */
                    attributes?: components["schemas"]["UserAttributes"] | components["schemas"]["UserAttributes"][];
                    /** @description One event object (or an array holding exactly one). */
                    events?: components["schemas"]["Event"] | components["schemas"]["Event"][];
                    /** @description One purchase object (or an array holding exactly one). */
                    purchases?: components["schemas"]["Purchase"] | components["schemas"]["Purchase"][];
                };
            };
        };
        responses: {
            /** @description The update was applied. `users` shows the resulting values of what the request touched. */
            201: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "users": [
                     *         {
                     *           "email": "test@braze.com",
                     *           "custom_events": [
                     *             {
                     *               "name": "rented_movie",
                     *               "first": "2022-01-01T00:00:00.000Z",
                     *               "last": "2022-12-06T18:20:45.000Z",
                     *               "count": 10
                     *             }
                     *           ]
                     *         }
                     *       ],
                     *       "message": "success"
                     *     }
                     */
                    "application/json": components["schemas"]["SuccessResponse"] & {
                        /** @description The user the request updated, with its identifier and the resulting values. Empty when no user was found and `_update_existing_only` was `true`. */
                        users?: ({
                            external_id?: string;
                            user_alias?: components["schemas"]["UserAlias"];
                            braze_id?: string;
                            email?: string;
                            phone?: string;
                            /** @description The custom attributes sent in the request, with their stored values. */
                            custom_attributes?: {
                                [key: string]: unknown;
                            };
                            /** @description Summaries of the custom events sent in the request. */
                            custom_events?: components["schemas"]["UserEventSummary"][];
                            /** @description Summaries of the products purchased in the request. */
                            purchase_events?: components["schemas"]["UserEventSummary"][];
                        } & {
                            [key: string]: unknown;
                        })[];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    deviceMessagingBannersSync: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "external_user_id": "member_1001",
                 *       "app_id": "26a39c72-e647-4766-b62e-4521fa2dae59",
                 *       "app_version": "4.2.0",
                 *       "device_id": "7bb8ac35-0a3f-4b8c-96ad-2e2e0dd1a4c9",
                 *       "placements": [
                 *         "home_hero",
                 *         "sidebar_promo"
                 *       ]
                 *     }
                 */
                "application/json": {
                    /** @description The user's external ID. */
                    external_user_id: string;
                    /** @description The app identifier; it must name an app of the key's workspace. */
                    app_id: string;
                    /** @description The version of the calling app. */
                    app_version: string;
                    /** @description The Braze device ID of the calling device (at most 1,011 bytes), used to personalise the Banner by device. */
                    device_id?: string;
                    /** @description The placement IDs to fetch a Banner for. */
                    placements: string[];
                };
            };
        };
        responses: {
            /** @description The Banner of each requested placement, `null` where none is eligible. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "banners": {
                     *         "home_hero": {
                     *           "id": "bnr_home_spring_01",
                     *           "placement_id": "home_hero",
                     *           "is_control": false,
                     *           "is_test_send": false,
                     *           "expires_at": 1767225600,
                     *           "properties": {
                     *             "headline": {
                     *               "type": "string",
                     *               "value": "Spring sale starts today"
                     *             },
                     *             "discount": {
                     *               "type": "number",
                     *               "value": 20
                     *             }
                     *           }
                     *         },
                     *         "sidebar_promo": null
                     *       }
                     *     }
                     */
                    "application/json": {
                        /** @description Each requested placement ID mapped to its Banner, or to `null`. */
                        banners: {
                            [key: string]: components["schemas"]["Banner"] | null;
                        };
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["ClientKeyUnauthorized"];
            404: components["responses"]["DeviceMessagingNotFound"];
            429: components["responses"]["DeviceMessagingTooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    deviceMessagingBannersTrack: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "external_user_id": "member_1001",
                 *       "app_id": "26a39c72-e647-4766-b62e-4521fa2dae59",
                 *       "app_version": "4.2.0",
                 *       "events": [
                 *         {
                 *           "id": "bnr_home_spring_01",
                 *           "event_type": "impression",
                 *           "timestamp": "2026-04-09T12:00:00Z"
                 *         },
                 *         {
                 *           "id": "bnr_home_spring_01",
                 *           "event_type": "click",
                 *           "timestamp": "2026-04-09T12:00:05Z"
                 *         }
                 *       ]
                 *     }
                 */
                "application/json": {
                    /** @description The external ID of the user all events belong to (under 987 bytes in UTF-8). */
                    external_user_id: string;
                    /** @description The app identifier; it must name an app of the key's workspace. */
                    app_id: string;
                    /** @description The version of the calling app. */
                    app_version: string;
                    /** @description The Banner events to record. */
                    events: {
                        /** @description The Banner `id` from the sync endpoint. */
                        id: string;
                        /**
                         * @description What happened.
                         * @enum {string}
                         */
                        event_type: "impression" | "click" | "dismiss";
                        timestamp: components["schemas"]["Iso8601DateTime"];
                    }[];
                };
            };
        };
        responses: {
            /** @description At least one event was accepted; `errors` lists the events that were skipped. */
            202: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "events_processed": 2,
                     *       "message": "success"
                     *     }
                     */
                    "application/json": {
                        /** @description How many events were validated and queued. */
                        events_processed: number;
                        /** @description `success` when the batch was accepted. */
                        message: string;
                        /** @description The skipped events (absent when every event was processed). */
                        errors?: {
                            /** @description Why the event was skipped. */
                            type?: string;
                            /** @description The event's position (from 0) in the request's `events`. */
                            index?: number;
                        }[];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["ClientKeyUnauthorized"];
            403: components["responses"]["ClientKeyForbidden"];
            404: components["responses"]["DeviceMessagingNotFound"];
            429: components["responses"]["DeviceMessagingTooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    v2SubscriptionStatusSet: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "subscription_groups": [
                 *         {
                 *           "subscription_group_id": "subscription_group_identifier",
                 *           "subscription_state": "subscribed",
                 *           "emails": [
                 *             "example1@email.com",
                 *             "example2@email.com"
                 *           ]
                 *         },
                 *         {
                 *           "subscription_group_id": "subscription_group_identifier_2",
                 *           "subscription_state": "subscribed",
                 *           "phones": [
                 *             "+12223334444",
                 *             "+15556667777"
                 *           ],
                 *           "use_double_opt_in_logic": true
                 *         }
                 *       ]
                 *     }
                 */
                "application/json": {
                    /** @description The group updates to apply. */
                    subscription_groups: components["schemas"]["SubscriptionGroupUpdate"][];
                };
            };
        };
        responses: {
            /** @description The states were updated. */
            201: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "message": "success"
                     *     }
                     */
                    "application/json": components["schemas"]["SuccessResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
}
