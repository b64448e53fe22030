/*
 * Likely duplicates found on the device before a registration is sent: against the other registrations
 * waiting in the outbox and against the reference snapshot of the officer's scope, when one was downloaded.
 * Names are compared by the keys the server folds them to (name-folding.js), a listed spelling counting as
 * the same name; relatives are told apart as the server's linkage engine tells them (Kinship): a different
 * given name under the same father is a brother or a sister (a twin with the same birth month), a
 * different father's name is a cousin, a different grandfather's name a namesake of another branch, and
 * none of them is offered as the same person.
 */
(function (global) {
  'use strict';

  var SAME = 'SAME';
  var DIFFERENT = 'DIFFERENT';
  var MISSING = 'MISSING';
  var BANDS = { VERY_LIKELY: 3, LIKELY: 2, POSSIBLE: 1 };
  var PARTS = [
    ['given', 'givenNameAr', 'givenNameLatin', 'GIVEN'],
    ['father', 'fatherNameAr', 'fatherNameLatin', 'FATHER'],
    ['grandfather', 'grandfatherNameAr', 'grandfatherNameLatin', 'GRANDFATHER'],
    ['family', 'familyNameAr', 'familyNameLatin', 'FAMILY']
  ];

  function folding() {
    if (!global.HomewardNameFolding) {
      throw new Error('name-folding.js must be loaded before offline-duplicates.js');
    }
    return global.HomewardNameFolding;
  }

  function union(one, other) {
    var all = one.slice();
    other.forEach(function (key) { if (all.indexOf(key) < 0) { all.push(key); } });
    return all.sort();
  }

  /** A member of a registration (the registration API's shape) as the snapshot holds a person. */
  function entryOf(member, listedKeys) {
    var names = folding();
    var entry = { sex: member.sex ? String(member.sex).trim().toUpperCase() : null };
    PARTS.forEach(function (part) {
      entry[part[0]] = union(names.keys(member[part[1]], part[3]), names.keys(member[part[2]], part[3]));
      if (part[0] !== 'family') {
        var listed = member[part[2]] ? names.listedName(member[part[2]], listedKeys) : null;
        entry[part[0] + 'Listed'] = listed !== null ? listed
            : (member[part[1]] ? names.listedName(member[part[1]], listedKeys) : null);
      }
    });
    var born = /^\s*(\d{4})(?:-(\d{2}))?/.exec(member.birthDate || '');
    entry.birthYear = born ? Number(born[1]) : null;
    entry.birthMonth = born && born[2] ? Number(born[2]) : null;
    return entry;
  }

  function nameLevel(one, other, part) {
    var a = one[part] || [];
    var b = other[part] || [];
    if (a.length === 0 || b.length === 0) {
      return { level: MISSING, listed: false };
    }
    for (var i = 0; i < a.length; i++) {
      if (b.indexOf(a[i]) >= 0) {
        return { level: SAME, listed: false };
      }
    }
    var listedA = one[part + 'Listed'];
    var listedB = other[part + 'Listed'];
    if (listedA && listedA === listedB) {
      return { level: SAME, listed: true };
    }
    return { level: DIFFERENT, listed: false };
  }

  /** SAME_MONTH, SAME_YEAR, CLOSE (a year apart), UNKNOWN or FAR. */
  function birthLevel(one, other) {
    if (!one.birthYear || !other.birthYear) {
      return 'UNKNOWN';
    }
    var years = Math.abs(one.birthYear - other.birthYear);
    if (years === 0) {
      if (one.birthMonth && other.birthMonth) {
        return one.birthMonth === other.birthMonth ? 'SAME_MONTH' : 'CLOSE';
      }
      return 'SAME_YEAR';
    }
    return years === 1 ? 'CLOSE' : 'FAR';
  }

  /** The kinship the levels point to, as the engine reads it (Kinship.of). */
  function kinship(given, father, grandfather, family, birth) {
    if (family !== SAME) {
      return 'NONE';
    }
    var sameFather = (father === SAME && grandfather !== DIFFERENT) || (father === MISSING && grandfather === SAME);
    if (given === DIFFERENT && sameFather) {
      return birth === 'SAME_MONTH' ? 'POSSIBLE_TWINS' : 'POSSIBLE_SIBLINGS';
    }
    if (father === DIFFERENT && (given === SAME || grandfather === SAME)) {
      return 'POSSIBLE_COUSINS';
    }
    if (given === SAME && father === SAME && grandfather === DIFFERENT) {
      return 'POSSIBLE_NAMESAKES';
    }
    return 'NONE';
  }

  /** How likely two people are one, with why; null when they are not (or are relatives). */
  function compare(one, other) {
    if (one.sex && other.sex && one.sex !== other.sex) {
      return null;
    }
    var levels = {};
    var reasons = [];
    PARTS.forEach(function (part) {
      var level = nameLevel(one, other, part[0]);
      levels[part[0]] = level.level;
      if (level.level === SAME) {
        reasons.push(level.listed ? 'LISTED_VARIANT_' + part[3] + '_NAME' : 'SAME_' + part[3] + '_NAME');
      }
    });
    var birth = birthLevel(one, other);
    var related = kinship(levels.given, levels.father, levels.grandfather, levels.family, birth);
    if (related !== 'NONE' || levels.given !== SAME || levels.family !== SAME || birth === 'FAR') {
      return null;
    }
    reasons.push(birth === 'UNKNOWN' ? 'BIRTH_DATE_UNKNOWN' : 'BIRTH_' + birth);
    var band;
    if (levels.father === SAME && (birth === 'SAME_MONTH' || birth === 'SAME_YEAR')) {
      band = 'VERY_LIKELY';
    } else if (levels.father === SAME) {
      band = 'LIKELY';
    } else {
      band = 'POSSIBLE';
    }
    return { band: band, reasons: reasons };
  }

  /**
   * The likely duplicates of each member of a registration: among the registrations in otherHouseholds
   * (by index and member index) and among the snapshot's people (the snapshot entry itself), strongest first.
   * The snapshot is what GET /api/v1/linkage/snapshot answers; options.listedKeys (or snapshot.listedKeys)
   * is what GET /api/v1/linkage/given-names answers.
   */
  function findLikely(household, otherHouseholds, snapshot, options) {
    var listedKeys = (options && options.listedKeys) || (snapshot && snapshot.listedKeys) || null;
    var found = [];
    (household && household.members || []).forEach(function (member, memberIndex) {
      var entry = entryOf(member, listedKeys);
      (otherHouseholds || []).forEach(function (other, index) {
        (other && other.members || []).forEach(function (otherMember, otherMemberIndex) {
          var likely = compare(entry, entryOf(otherMember, listedKeys));
          if (likely) {
            found.push({ member: memberIndex, index: index, otherMember: otherMemberIndex,
              band: likely.band, likelihood: BANDS[likely.band], reasons: likely.reasons });
          }
        });
      });
      ((snapshot && snapshot.entries) || []).forEach(function (snapshotEntry) {
        var likely = compare(entry, snapshotEntry);
        if (likely) {
          found.push({ member: memberIndex, snapshotEntry: snapshotEntry, band: likely.band,
            likelihood: BANDS[likely.band], reasons: likely.reasons });
        }
      });
    });
    return found.sort(function (a, b) { return b.likelihood - a.likelihood; });
  }

  global.HomewardOfflineDuplicates = { findLikely: findLikely, entryOf: entryOf };
})(window);
