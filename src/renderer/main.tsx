import { mountPurse } from './mount';

const root = document.getElementById('root');
if (!root) throw new Error('Purse: the page has no #root element.');
mountPurse(root);
