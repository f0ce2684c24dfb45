/**
 * The information texts a channel's users owe the people they write with, drafted from the register: the short
 * first-contact message (Art. 13 GDPR), the business profile's imprint (§ 5 DDG) and the channel's paragraph for the
 * privacy notice. A text is refused, naming what is missing, when the register lacks what it needs. The texts are a
 * DPO's draft, never legal advice.
 */
package de.ropa.notices;
