-- SPDX-License-Identifier: GPL-3.0-or-later
-- wrk script for the sandbox benchmark: PATCH one field of the assistant the URL names, over and over.
-- The bearer header comes from wrk's -H option.
wrk.method = "PATCH"
wrk.body = '{"name":"Renamed under load"}'
wrk.headers["Content-Type"] = "application/json"
