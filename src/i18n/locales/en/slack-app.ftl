slack-callback-stale = This button is no longer valid. Please open the app's Home tab or type /pembinaan again.
