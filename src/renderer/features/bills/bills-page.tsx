import { SCHEDULE_KINDS } from '../../../shared/bills';
import { BillDetail } from './bill-detail';
import { BillFormPage } from './bill-form-page';
import { BillsHome } from './bills-home';
import './bills.css';

/**
 * The Bills area: `#/bills` (list or `?view=calendar`), `#/bills/new` (`?kind=income` for a
 * schedule of another kind), `#/bills/<id>` and
 * `#/bills/<id>/edit` (a clicked reminder opens `/bills/<id>`).
 */
export function BillsPage({
  path,
  params,
}: {
  readonly path: readonly string[];
  readonly params: URLSearchParams;
}) {
  const [first, second] = path;
  if (first === 'new') {
    const kind = params.get('kind');
    const startKind = SCHEDULE_KINDS.find((candidate) => candidate === kind);
    return <BillFormPage key={kind ?? 'bill'} {...(startKind ? { startKind } : {})} />;
  }
  if (first && second === 'edit') return <BillFormPage key={first} id={first} />;
  if (first) return <BillDetail key={first} id={first} />;
  return <BillsHome params={params} />;
}
