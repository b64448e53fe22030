// The registration form asks for likely duplicates when the principal's names or birth date change.
(function () {
  var WATCHED = /^members\[0\]\.(givenName|fatherName|grandfatherName|familyName)(Ar|Latin)$|^members\[0\]\.(birthDate|sex)$/;
  document.addEventListener('change', function (event) {
    var panel = document.getElementById('likely-duplicates');
    if (panel && event.target && event.target.name && WATCHED.test(event.target.name) && window.htmx) {
      window.htmx.trigger(panel, 'principal-changed');
    }
  });

  // Unmerging asks once more before the links are put back.
  document.addEventListener('submit', function (event) {
    var form = event.target;
    if (form && form.id === 'unmerge-form' && form.dataset.confirm && !window.confirm(form.dataset.confirm)) {
      event.preventDefault();
    }
  });
})();
