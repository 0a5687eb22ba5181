'use strict';
// The newsroom's lists need the page's width: the admin's navigation sidebar starts closed
// until someone opens it (Django's nav_sidebar.js, which runs after this, remembers that).
if (localStorage.getItem('django.admin.navSidebarIsOpen') === null) {
    localStorage.setItem('django.admin.navSidebarIsOpen', 'false');
}
