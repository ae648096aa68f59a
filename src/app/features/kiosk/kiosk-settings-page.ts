import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { MatSlideToggleModule } from '@angular/material/slide-toggle';
import { MatToolbarModule } from '@angular/material/toolbar';
import { Router } from '@angular/router';
import { KioskRuntime } from '../../core/kiosk';
import { SCREEN_CONTROL } from '../../core/platform';
import type { KioskView, NightMode, NightStyle } from '../../domain/kiosk';
import { NavLink } from '../../shared/ui/nav-link';
import { ComponentsStore, KioskStore } from '../../state';
import { HomeCatalogue } from '../dashboard';

/** The kiosk profile of this device: the view, lock-down, night mode and self-healing. */
@Component({
  selector: 'simo-kiosk-settings-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    MatButtonModule, MatFormFieldModule, MatIconModule, MatInputModule, MatSelectModule, MatSlideToggleModule, MatToolbarModule, NavLink,
  ],
  templateUrl: './kiosk-settings-page.html',
  styleUrl: './kiosk-settings-page.scss',
})
export class KioskSettingsPage {
  protected readonly kiosk = inject(KioskStore);
  private readonly home = inject(HomeCatalogue);
  private readonly components = inject(ComponentsStore);
  private readonly screen = inject(SCREEN_CONTROL);
  protected readonly runtime = inject(KioskRuntime);
  private readonly router = inject(Router);

  protected readonly profile = this.kiosk.profile;
  protected readonly pinMessage = signal<string | null>(null);
  protected readonly views = computed(() => {
    const cat = this.home.catalogue();
    return [
      ...cat.zones.map((z) => ({ key: `zone:${z.id}`, label: `Room: ${z.name}` })),
      ...cat.categories.map((c) => ({ key: `category:${c.id}`, label: `Category: ${c.name}` })),
      { key: 'favourites', label: 'Favourites' },
    ];
  });
  protected readonly viewKey = computed(() => {
    const v = this.profile().view;
    if (v.kind === 'favourites') return 'favourites';
    const list = v.kind === 'zone' ? this.home.catalogue().zones : this.home.catalogue().categories;
    return `${v.kind}:${v.id ?? list[0]?.id ?? ''}`;
  });
  protected readonly doorbells = computed(() =>
    this.components.listing().filter((c) => c.showInApp && (c.baseType === 'button' || c.baseType === 'binary-sensor')),
  );
  /** What the browser allows here, said plainly. */
  protected readonly screenNote = computed(() => {
    if (!this.screen.secureContext()) {
      return 'This page is not in a secure context (it is not served over https or from localhost): the browser will not keep the screen on, install the app or let it start offline. Serve the dashboard over https (see the README).';
    }
    if (!this.screen.wakeLockSupported()) return 'This browser cannot keep the screen on (no Screen Wake Lock API): set the screen timeout in the device settings.';
    return this.runtime.wakeLock() === 'refused' ? 'The browser refused to keep the screen on.' : 'The screen stays on while the kiosk view is shown.';
  });

  protected setView(key: string): void {
    const [kind, id] = key.split(':');
    const view: KioskView = kind === 'favourites' ? { kind: 'favourites' } : { kind: kind as 'zone' | 'category', id: Number(id) };
    this.kiosk.update({ view });
  }

  protected setNight(changes: Partial<{ mode: NightMode; from: string; to: string; idleMinutes: number; style: NightStyle }>): void {
    this.kiosk.update({ night: { ...this.profile().night, ...changes } });
  }

  protected setPin(pin: string): void {
    this.pinMessage.set(this.kiosk.setPin(pin) ? 'PIN set: leaving the kiosk and these settings now need it.' : 'A PIN is 4 to 8 digits.');
  }

  protected removePin(): void {
    this.kiosk.setPin(null);
    this.pinMessage.set('PIN removed: anyone can leave the kiosk.');
  }

  protected async openKiosk(): Promise<void> {
    this.kiosk.update({ enabled: true });
    this.kiosk.lock();
    await this.router.navigateByUrl('/kiosk');
  }

  protected async turnOff(): Promise<void> {
    this.kiosk.update({ enabled: false });
    await this.router.navigateByUrl('/');
  }
}
