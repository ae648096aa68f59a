import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { KioskStore } from '../../state';

/** Asks for the admin PIN; closes with true once it is right. */
@Component({
  selector: 'simo-pin-dialog',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatButtonModule, MatDialogModule, MatFormFieldModule, MatInputModule],
  template: `
    <h2 mat-dialog-title>Admin PIN</h2>
    <form (submit)="$event.preventDefault(); submit(pin.value)">
      <mat-dialog-content>
        <mat-form-field>
          <mat-label>PIN</mat-label>
          <input matInput #pin type="password" inputmode="numeric" autocomplete="off" cdkFocusInitial />
        </mat-form-field>
        @if (wrong()) { <p class="wrong" role="alert">Wrong PIN.</p> }
      </mat-dialog-content>
      <mat-dialog-actions align="end">
        <button mat-button type="button" [mat-dialog-close]="false">Cancel</button>
        <button mat-flat-button type="submit">Unlock</button>
      </mat-dialog-actions>
    </form>
  `,
  styles: `.wrong { color: var(--mat-sys-error); margin: 0; }`,
})
export class PinDialog {
  private readonly kiosk = inject(KioskStore);
  private readonly ref = inject(MatDialogRef<PinDialog, boolean>);
  protected readonly wrong = signal(false);

  protected submit(pin: string): void {
    if (this.kiosk.unlock(pin)) this.ref.close(true);
    else this.wrong.set(true);
  }
}
