import { ChangeDetectionStrategy, Component, computed, inject, input, type OnInit, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatDividerModule } from '@angular/material/divider';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { LocationStrategy } from '@angular/common';
import { Router } from '@angular/router';
import { CredentialsVault, SessionStore, describeSignInError } from '../../core/session';
import { PAGE_LOCATION } from '../../core/platform';

/** Query parameter the hub's sign-in page comes back with. */
const HUB_RETURN = 'hub-session';

/** Sign in with email and secret key, or through the hub's own sign-in ("Sign in with SIMO"). */
@Component({
  selector: 'simo-sign-in-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    FormsModule, MatButtonModule, MatCardModule, MatCheckboxModule, MatDividerModule, MatFormFieldModule, MatIconModule,
    MatInputModule, MatProgressBarModule,
  ],
  templateUrl: './sign-in-page.html',
  styleUrl: './sign-in-page.scss',
})
export class SignInPage implements OnInit {
  private readonly session = inject(SessionStore);
  private readonly router = inject(Router);
  private readonly location = inject(PAGE_LOCATION);
  /** Paths of this app as the browser sees them (the app may be served under a sub-path). */
  private readonly paths = inject(LocationStrategy);
  protected readonly vault = inject(CredentialsVault);

  /** Set (from the URL) when the hub's sign-in page sends the browser back here. */
  readonly hubSession = input<string | undefined>(undefined, { alias: 'hub-session' });

  protected readonly email = signal('');
  protected readonly secret = signal('');
  protected readonly remember = signal(true);
  protected readonly busy = computed(() => this.session.status() === 'signing-in');
  protected readonly error = computed(() => {
    const e = this.session.error();
    return e ? describeSignInError(e) : null;
  });

  ngOnInit(): void {
    if (this.hubSession() !== undefined) void this.completeHubSignIn();
  }

  protected async signIn(): Promise<void> {
    if (this.busy()) return;
    const ok = await this.session.signInWithKey(this.email(), this.secret(), this.remember());
    if (ok) {
      this.secret.set('');
      await this.router.navigateByUrl('/');
    }
  }

  protected signInWithHub(): void {
    this.session.beginHubSignIn(this.paths.prepareExternalUrl(`/sign-in?${HUB_RETURN}=1`));
  }

  private async completeHubSignIn(): Promise<void> {
    // Drop the one-time parameter so a reload does not repeat it.
    this.location.replace(this.paths.prepareExternalUrl('/sign-in'));
    if (await this.session.completeHubSignIn(this.remember())) await this.router.navigateByUrl('/');
  }
}
