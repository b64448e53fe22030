/*
 * Name folding on the device, rule for rule the server's (registry SearchText and FoldedSpellings), so that
 * a name typed offline gives the keys the server would store for it: Arabic with one alef, ه for ة, ي for
 * ى and ئ, no diacritics, tatweel, hamza or article; Latin in lower case without accents, articles
 * (Al-, El-, As-), doubled letters or a final h after a vowel, with its vowels in classes. Listed spellings
 * (given-names.tsv) come from the server as a map from folded key to the listed name they spell.
 * NameFoldingParityBrowserIT runs this over hundreds of names and compares each answer with the server's.
 */
(function (global) {
  'use strict';

  var MOST_KEYS = 8;
  var ARTICLES = { 'al': true, 'el': true, 'ul': true, 'ال': true };
  var MOHAMMAD = { 'mhd': true, 'mohd': true, 'muhd': true, 'mhmd': true, 'mohamd': true };
  var NON_SPACING_MARK = /\p{Mn}/u;
  var FAMILY = 'FAMILY';

  function asciiDigits(text) {
    var out = '';
    for (var i = 0; i < text.length; i++) {
      var c = text.charCodeAt(i);
      if (c >= 0x0660 && c <= 0x0669) {
        out += String.fromCharCode(48 + c - 0x0660);
      } else if (c >= 0x06F0 && c <= 0x06F9) {
        out += String.fromCharCode(48 + c - 0x06F0);
      } else {
        out += text.charAt(i);
      }
    }
    return out;
  }

  /** One UTF-16 unit in lower case as Java's Character.toLowerCase(char) gives it: one unit for one. */
  function lowerUnit(c) {
    var lower = c.toLowerCase();
    return lower.length === 1 ? lower : c;
  }

  /** Java's String.trim(): every unit up to the space at both ends. */
  function javaTrim(text) {
    var start = 0;
    var end = text.length;
    while (start < end && text.charCodeAt(start) <= 32) { start++; }
    while (end > start && text.charCodeAt(end - 1) <= 32) { end--; }
    return text.substring(start, end);
  }

  /** The search form of a text (SearchText.fold). */
  function fold(text) {
    if (text === null || text === undefined) {
      return '';
    }
    var decomposed = asciiDigits(String(text)).normalize('NFKD');
    var folded = '';
    for (var i = 0; i < decomposed.length; i++) {
      var c = decomposed.charAt(i);
      if (NON_SPACING_MARK.test(c) || c === '\u0640' || c === '\'' || c === '\u2019' || c === '\u02BF' || c === '\u02BE') {
        continue;
      }
      switch (c) {
        case 'أ': case 'إ': case 'آ': case 'ٱ': folded += 'ا'; break;
        case 'ة': folded += 'ه'; break;
        case 'ى': case 'ئ': folded += 'ي'; break;
        case 'ؤ': folded += 'و'; break;
        case '-': case '.': folded += ' '; break;
        default: folded += lowerUnit(c);
      }
    }
    var lowered = '';
    for (var k = 0; k < folded.length; k++) {
      lowered += lowerUnit(folded.charAt(k));
    }
    return javaTrim(lowered).replace(/[ \t\n\x0B\f\r]+/g, ' ');
  }

  function withoutArticles(words) {
    var kept = [];
    for (var w = 0; w < words.length; w++) {
      var word = words[w];
      var followed = w + 1 < words.length && words[w + 1] !== '';
      var sunLetterArticle = word.length === 2 && (word.charAt(0) === 'a' || word.charAt(0) === 'e')
          && followed && words[w + 1].charAt(0) === word.charAt(1);
      if (word !== '' && !(followed && (ARTICLES[word] === true || sunLetterArticle))) {
        kept.push(word);
      }
    }
    return kept;
  }

  function arabic(joined) {
    var word = joined.split('ء').join('');
    if (word.indexOf('عبدال') === 0 && word.length > 5) {
      word = 'عبد' + word.substring(5);
    } else if (word.indexOf('ال') === 0 && word.length >= 5) {
      word = word.substring(2);
    }
    return word === 'عمرو' ? 'عمر' : word;
  }

  function isVowel(word, i) {
    var c = word.charAt(i);
    if (c === 'y') {
      var afterConsonant = i > 0 && 'aeiou'.indexOf(word.charAt(i - 1)) < 0;
      var beforeVowel = i + 1 < word.length && 'aeiou'.indexOf(word.charAt(i + 1)) >= 0;
      return afterConsonant && !beforeVowel;
    }
    return 'aeiou'.indexOf(c) >= 0;
  }

  function vowelRun(run, atTheEnd) {
    var classes = '';
    var spelled = run.split('ee').join('i');
    for (var k = 0; k < spelled.length; k++) {
      var c = spelled.charAt(k);
      if (c === 'o' || c === 'u') { c = 'u'; } else if (c === 'i' || c === 'y') { c = 'i'; }
      if (classes === '' || classes.charAt(classes.length - 1) !== c) {
        classes += c;
      }
    }
    if (classes === 'e') {
      return atTheEnd ? ['a', 'i', ''] : ['a', 'i'];
    }
    if (classes.length >= 2 && (classes.charAt(0) === 'a' || classes.charAt(0) === 'e') && classes.charAt(classes.length - 1) === 'i') {
      return ['ai'];
    }
    return [classes.split('e').join('a')];
  }

  function vowelKeys(prefix, word, most) {
    var pieces = [];
    var i = 0;
    while (i < word.length) {
      var c = word.charAt(i);
      if (isVowel(word, i)) {
        var end = i;
        while (end < word.length && isVowel(word, end)) { end++; }
        pieces.push(vowelRun(word.substring(i, end), end === word.length && i > 0));
        i = end;
      } else {
        var doubled = i > 0 && word.charAt(i - 1) === c;
        var finalH = c === 'h' && i === word.length - 1 && i > 0 && isVowel(word, i - 1);
        if (!doubled && !finalH) {
          pieces.push([c]);
        }
        i++;
      }
    }
    var keys = [prefix];
    pieces.forEach(function (options) {
      var longer = [];
      keys.forEach(function (key) {
        for (var o = 0; o < options.length; o++) {
          if ((o === 0 || longer.length < most) && longer.indexOf(key + options[o]) < 0) {
            longer.push(key + options[o]);
          }
        }
      });
      keys = longer;
    });
    return keys.filter(function (key) { return key !== ''; });
  }

  function latin(joined, familyName) {
    var word = joined.replace(/[^a-z]/g, '');
    if (MOHAMMAD[word] === true) {
      word = 'mohammad';
    }
    if (familyName && (word.indexOf('al') === 0 || word.indexOf('el') === 0) && word.length >= 5) {
      word = word.substring(2);
    }
    var prefix = '';
    if (word.indexOf('abd') === 0 && word.length > 4) {
      prefix = 'abd';
      word = word.substring(3).replace(/^[aeiou]l(?=[^aeiou])/, '').replace(/^[aeiou](?=([^aeiou])\1)/, '');
    }
    word = word.split('ph').join('f').split('ck').join('k').split('ch').join('sh').split('dj').join('j')
        .split('q').join('k').split('c').join('k');
    return vowelKeys(prefix, word, MOST_KEYS);
  }

  /**
   * The spelling-variant keys of one part of a name chain (FoldedSpellings.of): part is GIVEN, FATHER,
   * GRANDFATHER or FAMILY. Sorted, since their order means nothing.
   */
  function keys(name, part) {
    if (name === null || name === undefined || javaTrim(String(name)) === '') {
      return [];
    }
    var words = withoutArticles(fold(name).split(' '));
    var joined = words.join('');
    if (joined === '') {
      return [];
    }
    var first = joined.charCodeAt(0);
    if (first >= 0x0600 && first <= 0x06FF) {
      var word = arabic(joined);
      return word === '' ? [] : [word];
    }
    return latin(joined, part === FAMILY && words.length === 1).sort();
  }

  /**
   * The listed name a given, father's or grandfather's name spells, by the server's map from folded key
   * to listed name; null when the list does not know it or its keys point at two listed names.
   */
  function listedName(name, listedKeys) {
    if (!listedKeys) {
      return null;
    }
    var found = null;
    var foldedKeys = keys(name, 'GIVEN');
    for (var i = 0; i < foldedKeys.length; i++) {
      var id = listedKeys[foldedKeys[i]];
      if (id === undefined || id === null) {
        continue;
      }
      if (found !== null && found !== id) {
        return null;
      }
      found = id;
    }
    return found;
  }

  global.HomewardNameFolding = { fold: fold, keys: keys, listedName: listedName };
})(window);
