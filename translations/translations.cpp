// SPDX-License-Identifier: GPL-3.0-or-later
// Carrier of the embedded .qm resources (a static library needs at least one source file).
namespace MwbTranslations {
int anchor = 0;
}
