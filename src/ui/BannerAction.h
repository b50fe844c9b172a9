// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What the button of the window's error banner does.
enum class BannerAction {
    None, // no button
    Retry, // load the list again
    EnterKey, // ask for the connection's API key: none is stored, or it could not be read
    ReplaceKey, // ask for a new API key: the server rejected this one
};
