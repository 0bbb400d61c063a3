"""One person's data kept in step across their computers through a folder their own sync tool
(OneDrive, Nextcloud, Syncthing, Dropbox, a network drive) keeps in step (issue #20)."""
