#!/usr/bin/env python3
# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 Gemeente Utrecht
"""Checks a publiccode.yml against the publiccode.yml standard (core, version 0.4).

    python3 scripts/check-publiccode.py [FILE]     (default: publiccode.yml in the repo)

Checks what the standard's text says a parser must refuse: missing mandatory keys, keys
the standard does not define, wrong types, values outside the enumerations, lengths,
dates, URLs, language tags, SPDX licence expressions, and paths (logo, screenshots) that
do not exist in the repository. It does not fetch anything from the network (the official
Go parser can also check that the repository URL answers). Prints one line per error and
a closing line 'FILE: N errors'; exits 1 when there is an error.
"""

import datetime
import os
import re
import sys

import yaml

CATEGORIES = set("""
accounting agile-project-management applicant-tracking application-development
appointment-scheduling backup billing-and-invoicing blog budgeting business-intelligence
business-process-management cad call-center-management cloud-management collaboration
communications compliance-management contact-management content-management crm
customer-service-and-support data-analytics data-collection data-visualization design
design-system digital-asset-management digital-citizenship document-management
donor-management e-commerce e-signature educational-content email-management
email-marketing employee-management enterprise-project-management
enterprise-social-networking erp event-management facility-management
feedback-and-reviews-management financial-reporting fleet-management fundraising
gamification geographic-information-systems grant-management graphic-design help-desk hr
ide identity-management instant-messaging integrated-library-system inventory-management
it-asset-management it-development it-management it-security it-service-management
knowledge-management learning-management-system marketing mind-mapping mobile-marketing
mobile-payment network-management office online-booking online-community payment-gateway
payroll predictive-analysis procurement productivity-suite project-collaboration
project-management property-management real-estate-management regulations-and-directives
remote-support resource-management sales-management seo service-desk
social-media-management survey talent-management task-management taxes-management
test-management time-management time-tracking translation video-conferencing
video-editing visitor-management voip warehouse-management web-collaboration
web-conferencing website-builder whistleblowing workflow-management
""".split())

SCOPES = set("""
agriculture culture defence education emergency-services employment energy environment
finance-and-economic-development foreign-affairs government healthcare infrastructures
justice local-authorities manufacturing research science-and-technology security society
sport tourism transportation welfare
""".split())

DEVELOPMENT_STATUS = {"concept", "development", "beta", "stable", "obsolete"}
SOFTWARE_TYPES = {"standalone/mobile", "standalone/iot", "standalone/desktop", "standalone/web",
                  "standalone/backend", "standalone/other", "addon", "library", "configurationFiles"}
MAINTENANCE_TYPES = {"internal", "contract", "community", "none"}

# Open licences this project may name; SPDX has more: add an identifier when one is needed.
SPDX_LICENCES = {
    "0BSD", "AGPL-3.0-only", "AGPL-3.0-or-later", "Apache-2.0", "BSD-2-Clause", "BSD-3-Clause",
    "CC-BY-4.0", "CC-BY-SA-4.0", "CC0-1.0", "EPL-2.0", "EUPL-1.1", "EUPL-1.2", "GPL-2.0-only",
    "GPL-2.0-or-later", "GPL-3.0-only", "GPL-3.0-or-later", "ISC", "LGPL-2.1-only",
    "LGPL-2.1-or-later", "LGPL-3.0-only", "LGPL-3.0-or-later", "MIT", "MPL-2.0", "OFL-1.1",
}

TOP_LEVEL = {
    "publiccodeYmlVersion": True, "name": True, "applicationSuite": False, "url": True,
    "landingURL": False, "isBasedOn": False, "softwareVersion": False, "releaseDate": False,
    "logo": False, "monochromeLogo": False, "inputTypes": False, "outputTypes": False,
    "platforms": True, "categories": True, "usedBy": False, "roadmap": False,
    "developmentStatus": True, "softwareType": True, "intendedAudience": False,
    "description": True, "legal": True, "maintenance": True, "localisation": True,
    "dependsOn": False,
}
DESCRIPTION_KEYS = {"localisedName", "genericName", "shortDescription", "longDescription",
                    "documentation", "apiDocumentation", "features", "screenshots", "videos",
                    "awards"}
SUPPORTED_VERSIONS = {"0.2", "0.3", "0.4"}

LANGUAGE_TAG = re.compile(r"^[a-z]{2,3}(-[A-Za-z0-9]{1,8})*$")
URL = re.compile(r"^https?://[^\s/$.?#][^\s]*$")
EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


class Checker:
    def __init__(self, root):
        self.root = root
        self.errors = []

    def error(self, where, what):
        self.errors.append(f"{where}: {what}")

    def string(self, where, value, *, max_len=None, min_len=None):
        if not isinstance(value, str):
            self.error(where, f"must be a string, is {type(value).__name__}")
            return False
        if max_len is not None and len(value) > max_len:
            self.error(where, f"longer than {max_len} characters ({len(value)})")
        if min_len is not None and len(value) < min_len:
            self.error(where, f"shorter than {min_len} characters ({len(value)})")
        return True

    def url(self, where, value):
        if self.string(where, value) and not URL.match(value):
            self.error(where, f"not an http(s) URL: {value}")

    def date(self, where, value):
        if isinstance(value, datetime.date):
            self.error(where, "write the date as a quoted string \"YYYY-MM-DD\"")
            return
        if not self.string(where, value):
            return
        try:
            if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
                raise ValueError
            datetime.date.fromisoformat(value)
        except ValueError:
            self.error(where, f"not a date YYYY-MM-DD: {value}")

    def string_list(self, where, value, *, allowed=None, max_len=None, non_empty=False):
        if not isinstance(value, list):
            self.error(where, "must be a list")
            return []
        if non_empty and not value:
            self.error(where, "must not be empty")
        for i, item in enumerate(value):
            if self.string(f"{where}[{i}]", item, max_len=max_len) and allowed is not None and item not in allowed:
                self.error(f"{where}[{i}]", f"'{item}' is not one of the standard's values")
        return value

    def mapping(self, where, value, keys, required=()):
        if not isinstance(value, dict):
            self.error(where, "must be a mapping")
            return {}
        for key in value:
            if key not in keys:
                self.error(f"{where}/{key}", "is not a key of the standard")
        for key in required:
            if key not in value:
                self.error(f"{where}/{key}", "missing (mandatory)")
        return value

    def repo_file(self, where, value, extensions):
        if not self.string(where, value):
            return
        if URL.match(value):
            return  # an absolute URL into the same repository; not fetched here
        if not value.lower().endswith(extensions):
            self.error(where, f"must be one of {', '.join(extensions)}: {value}")
        if not os.path.isfile(os.path.join(self.root, value)):
            self.error(where, f"no such file in the repository: {value}")

    def licence(self, where, value):
        if not self.string(where, value):
            return
        tokens = re.findall(r"\(|\)|[A-Za-z0-9.+-]+", value)
        if "".join(tokens) != re.sub(r"\s+", "", value) or not tokens:
            self.error(where, f"not an SPDX expression: {value}")
            return
        for token in tokens:
            if token in ("(", ")", "AND", "OR", "WITH"):
                continue
            if token not in SPDX_LICENCES:
                self.error(where, f"'{token}' is not a known SPDX licence identifier")

    def check(self, doc):
        if not isinstance(doc, dict):
            self.error("publiccode.yml", "must be a YAML mapping")
            return
        for key, mandatory in TOP_LEVEL.items():
            if mandatory and key not in doc:
                self.error(key, "missing (mandatory)")
        for key, value in doc.items():
            if key in TOP_LEVEL:
                continue
            if re.fullmatch(r"[A-Za-z]{2}", key):  # a country extension section
                if not isinstance(value, dict) or "countryExtensionVersion" not in value:
                    self.error(key, "a country section needs countryExtensionVersion")
                continue
            self.error(key, "is not a key of the standard")

        version = doc.get("publiccodeYmlVersion")
        if "publiccodeYmlVersion" in doc and self.string("publiccodeYmlVersion", version) \
                and version not in SUPPORTED_VERSIONS:
            self.error("publiccodeYmlVersion", f"'{version}' is not a version this check knows")
        for key in ("name", "applicationSuite", "softwareVersion"):
            if key in doc:
                self.string(key, doc[key])
        for key in ("url", "landingURL", "roadmap"):
            if key in doc:
                self.url(key, doc[key])
        if "releaseDate" in doc:
            self.date("releaseDate", doc["releaseDate"])
        if "softwareVersion" in doc and "releaseDate" not in doc:
            self.error("releaseDate", "mandatory when softwareVersion is given")
        for key in ("logo", "monochromeLogo"):
            if key in doc:
                self.repo_file(key, doc[key], (".svg", ".svgz", ".png"))
        if "platforms" in doc:
            self.string_list("platforms", doc["platforms"], non_empty=True)
        if "categories" in doc:
            self.string_list("categories", doc["categories"], allowed=CATEGORIES, non_empty=True)
        if "usedBy" in doc:
            self.string_list("usedBy", doc["usedBy"])
        if "developmentStatus" in doc and doc["developmentStatus"] not in DEVELOPMENT_STATUS:
            self.error("developmentStatus", f"'{doc['developmentStatus']}' is not one of {sorted(DEVELOPMENT_STATUS)}")
        if "softwareType" in doc and doc["softwareType"] not in SOFTWARE_TYPES:
            self.error("softwareType", f"'{doc['softwareType']}' is not one of {sorted(SOFTWARE_TYPES)}")
        if "intendedAudience" in doc:
            self.check_audience(doc["intendedAudience"])
        if "description" in doc:
            self.check_description(doc["description"])
        if "legal" in doc:
            legal = self.mapping("legal", doc["legal"], {"license", "mainCopyrightOwner", "repoOwner", "authorsFile"}, ["license"])
            if "license" in legal:
                self.licence("legal/license", legal["license"])
        if "maintenance" in doc:
            self.check_maintenance(doc["maintenance"])
        if "localisation" in doc:
            loc = self.mapping("localisation", doc["localisation"], {"localisationReady", "availableLanguages"},
                               ["localisationReady", "availableLanguages"])
            if "localisationReady" in loc and not isinstance(loc["localisationReady"], bool):
                self.error("localisation/localisationReady", "must be true or false")
            for i, tag in enumerate(self.string_list("localisation/availableLanguages", loc.get("availableLanguages", []), non_empty=True)):
                if isinstance(tag, str) and not LANGUAGE_TAG.match(tag):
                    self.error(f"localisation/availableLanguages[{i}]", f"not a BCP 47 language tag: {tag}")
        if "dependsOn" in doc:
            self.check_depends(doc["dependsOn"])

    def check_audience(self, value):
        audience = self.mapping("intendedAudience", value, {"countries", "unsupportedCountries", "scope"})
        for key in ("countries", "unsupportedCountries"):
            for i, code in enumerate(self.string_list(f"intendedAudience/{key}", audience.get(key, []))):
                if isinstance(code, str) and not re.fullmatch(r"[a-z]{2}", code):
                    self.error(f"intendedAudience/{key}[{i}]", f"not a lowercase ISO 3166-1 alpha-2 code: {code}")
        if "scope" in audience:
            self.string_list("intendedAudience/scope", audience["scope"], allowed=SCOPES)

    def check_description(self, value):
        if not isinstance(value, dict) or not value:
            self.error("description", "needs at least one language section")
            return
        long_seen = features_seen = False
        for lang, text in value.items():
            where = f"description/{lang}"
            if not isinstance(lang, str) or not LANGUAGE_TAG.match(lang):
                self.error(where, "the section name must be a BCP 47 language tag")
            text = self.mapping(where, text, DESCRIPTION_KEYS, ["shortDescription"])
            if "shortDescription" in text and self.string(f"{where}/shortDescription", text["shortDescription"], max_len=150) \
                    and "\n" in text["shortDescription"].strip():
                self.error(f"{where}/shortDescription", "must be a single line")
            if "longDescription" in text:
                long_seen = True
                self.string(f"{where}/longDescription", text["longDescription"], min_len=150, max_len=10000)
            if "genericName" in text:
                self.string(f"{where}/genericName", text["genericName"], max_len=35)
            for key in ("localisedName",):
                if key in text:
                    self.string(f"{where}/{key}", text[key])
            for key in ("documentation", "apiDocumentation"):
                if key in text:
                    self.url(f"{where}/{key}", text[key])
            if "features" in text:
                features_seen = True
                self.string_list(f"{where}/features", text["features"], max_len=100, non_empty=True)
            for i, shot in enumerate(self.string_list(f"{where}/screenshots", text.get("screenshots", []))):
                self.repo_file(f"{where}/screenshots[{i}]", shot, (".png", ".jpg", ".jpeg"))
            for i, video in enumerate(self.string_list(f"{where}/videos", text.get("videos", []))):
                self.url(f"{where}/videos[{i}]", video)
            if "awards" in text:
                self.string_list(f"{where}/awards", text["awards"])
        if not long_seen:
            self.error("description", "longDescription is mandatory in at least one language")
        if not features_seen:
            self.error("description", "features is mandatory in at least one language")

    def check_maintenance(self, value):
        m = self.mapping("maintenance", value, {"type", "contractors", "contacts"}, ["type"])
        kind = m.get("type")
        if "type" in m and kind not in MAINTENANCE_TYPES:
            self.error("maintenance/type", f"'{kind}' is not one of {sorted(MAINTENANCE_TYPES)}")
        if kind == "contract" and not m.get("contractors"):
            self.error("maintenance/contractors", "mandatory when maintenance/type is contract")
        if kind in ("internal", "community") and not m.get("contacts"):
            self.error("maintenance/contacts", f"mandatory when maintenance/type is {kind}")
        for i, c in enumerate(m.get("contractors") or []):
            where = f"maintenance/contractors[{i}]"
            c = self.mapping(where, c, {"name", "until", "email", "website"}, ["name", "until"])
            if "until" in c:
                self.date(f"{where}/until", c["until"])
            if "website" in c:
                self.url(f"{where}/website", c["website"])
            if "email" in c and self.string(f"{where}/email", c["email"]) and not EMAIL.match(c["email"]):
                self.error(f"{where}/email", f"not an e-mail address: {c['email']}")
        for i, c in enumerate(m.get("contacts") or []):
            where = f"maintenance/contacts[{i}]"
            c = self.mapping(where, c, {"name", "email", "phone", "affiliation"}, ["name"])
            for key in ("name", "phone", "affiliation"):
                if key in c:
                    self.string(f"{where}/{key}", c[key])
            if "email" in c and self.string(f"{where}/email", c["email"]) and not EMAIL.match(c["email"]):
                self.error(f"{where}/email", f"not an e-mail address: {c['email']}")

    def check_depends(self, value):
        deps = self.mapping("dependsOn", value, {"open", "proprietary", "hardware"})
        for group, items in deps.items():
            if not isinstance(items, list):
                self.error(f"dependsOn/{group}", "must be a list")
                continue
            for i, dep in enumerate(items):
                where = f"dependsOn/{group}[{i}]"
                dep = self.mapping(where, dep, {"name", "versionMin", "versionMax", "version", "optional"}, ["name"])
                if "name" in dep:
                    self.string(f"{where}/name", dep["name"])
                for key in ("versionMin", "versionMax", "version"):
                    if key in dep and not isinstance(dep[key], (str, int, float)):
                        self.error(f"{where}/{key}", "must be a string or a number")
                if "optional" in dep and not isinstance(dep["optional"], bool):
                    self.error(f"{where}/optional", "must be true or false")


def main(argv):
    here = os.path.dirname(os.path.abspath(__file__))
    path = argv[1] if len(argv) > 1 else os.path.join(here, "..", "publiccode.yml")
    # Relative paths in the file (logo, screenshots) are relative to the repository root.
    root = os.environ.get("PUBLICCODE_ROOT", os.path.dirname(os.path.abspath(path)))
    checker = Checker(root)
    try:
        with open(path, "rb") as f:
            raw = f.read()
        doc = yaml.safe_load(raw.decode("utf-8"))
    except (OSError, UnicodeDecodeError, yaml.YAMLError) as e:
        checker.error(os.path.basename(path), f"cannot be read as UTF-8 YAML: {e}")
        doc = None
    if doc is not None:
        checker.check(doc)
    for line in checker.errors:
        print(line)
    print(f"{os.path.basename(path)}: {len(checker.errors)} errors")
    return 1 if checker.errors else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
