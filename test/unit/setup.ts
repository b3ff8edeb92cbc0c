// Node has no IndexedDB: unit tests run the ledger on fake-indexeddb (keep data sets small).
import 'fake-indexeddb/auto';
