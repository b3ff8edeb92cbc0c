import type { CurrencyCode } from '../../shared/currencies';
import { Money } from './money';
import './money-tiles.css';

export interface MoneyTile {
  readonly key: string;
  readonly label: string;
  readonly minor: number;
}

/** Tiles for the named figures of a record, in the order named, each labelled by `label`. */
export function tilesOf<Key extends string>(
  figures: Readonly<Record<Key, number>>,
  keys: readonly Key[],
  label: (key: Key) => string,
): MoneyTile[] {
  return keys.map((key) => ({ key, label: label(key), minor: figures[key] }));
}

/** A row of labelled totals, such as income, expense and net. */
export function MoneyTiles({
  label,
  tiles,
  currency,
}: {
  readonly label: string;
  readonly tiles: readonly MoneyTile[];
  readonly currency: CurrencyCode;
}) {
  return (
    <div className="purse-money-tiles" role="list" aria-label={label}>
      {tiles.map((tile) => (
        <div key={tile.key} className="purse-money-tile" role="listitem">
          <div className="purse-money-tile__label">{tile.label}</div>
          <div className="purse-money-tile__value">
            <Money minor={tile.minor} currency={currency} strong />
          </div>
        </div>
      ))}
    </div>
  );
}
