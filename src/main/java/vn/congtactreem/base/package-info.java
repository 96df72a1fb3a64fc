/**
 * The shared kernel every feature builds on: errors the UI and the API both understand, the cycle's clock, text
 * rules, the i18n bundles, and small UI and API helpers. It depends on no feature; being open, all its packages
 * are usable by every module.
 */
@ApplicationModule(type = ApplicationModule.Type.OPEN)
package vn.congtactreem.base;

import org.springframework.modulith.ApplicationModule;
