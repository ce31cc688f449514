// A value a method returns at sync, as OfficeExtension.ClientResult: unreadable before it.
import { propertyNotLoaded } from './errors';

export class ClientResult<T> {
  private filled = false;
  private content?: T;

  fill(value: T): void {
    this.content = value;
    this.filled = true;
  }

  get value(): T {
    if (!this.filled) throw propertyNotLoaded('value');
    return this.content as T;
  }
}
