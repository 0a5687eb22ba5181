"""Public pages, mounted at /checks/ by factcheck/urls.py (namespace "publishing")."""

from django.urls import path

from publishing import feeds, views
from publishing.views import shared_cache

app_name = "publishing"

urlpatterns = [
    path("", views.check_list, name="list"),
    path("feed/rss/", shared_cache(feeds.LatestChecks()), name="feed-rss"),
    path("feed/atom/", shared_cache(feeds.LatestChecksAtom()), name="feed-atom"),
    path("corrections/rss/", shared_cache(feeds.LatestCorrections()), name="corrections-rss"),
    path("corrections/atom/", shared_cache(feeds.LatestCorrectionsAtom()), name="corrections-atom"),
    path("speakers/<path:speaker>/", views.check_list, name="speaker"),
    path("outlets/<path:outlet>/", views.check_list, name="outlet"),
    path("<slug:slug>/", views.check_page, name="check"),
    path("<slug:slug>/sources/<int:source_id>/archived/", views.archived_source, name="archived"),
]
